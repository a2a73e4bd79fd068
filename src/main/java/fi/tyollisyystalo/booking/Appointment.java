package fi.tyollisyystalo.booking;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One appointment as its resident and the staff see it. {@code version} is given back with a move or a
 * cancel so that a replayed old request is refused; {@code clientName} is filled for staff only.
 */
public record Appointment(long id, AppointmentType type, long personId, @Nullable String clientName,
        String staffSubject, String staffName, List<String> otherStaff, Instant start, Instant end, Way way,
        @Nullable String location, @Nullable String phone, boolean interpreter, String language,
        AppointmentStatus status, long version, boolean changeableByResident) {
}
