package fi.tyollisyystalo.booking;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Times a staff member offered a client (in a secure message) for a type, in one way; the client books one of
 * them. {@code times} are those still free, soonest first.
 */
public record AppointmentOffer(long id, AppointmentType type, Way way, String offeredByName, Status status,
        @Nullable Long appointmentId, List<FreeTime> times) {

    public enum Status {
        OPEN, BOOKED, WITHDRAWN
    }
}
