package fi.tyollisyystalo.booking;

import java.util.Set;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/**
 * Something that can be booked: its name in three languages, length and the staff's buffer after it (whole
 * quarter hours), the ways it happens, who may book it and which staff role offers it.
 */
public record AppointmentType(long id, String code, LocalizedText name, int minutes, int bufferMinutes, Set<Way> ways,
        BookedBy bookedBy, String staffRole, boolean active) {
}
