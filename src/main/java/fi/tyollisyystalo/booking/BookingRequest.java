package fi.tyollisyystalo.booking;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What is booked: the type, a free time (its staff member and start), the way, the number to call for a phone
 * meeting, whether an interpreter is needed and in which language the meeting is held. {@code otherStaff}
 * are further staff members of a network meeting (staff bookings only).
 */
public record BookingRequest(long typeId, String staffSubject, Instant start, Way way, @Nullable String phone,
        boolean interpreter, String language, List<String> otherStaff) {

    public BookingRequest {
        otherStaff = List.copyOf(otherStaff);
    }

    public static BookingRequest of(long typeId, FreeTime time, Way way, @Nullable String phone, boolean interpreter,
            String language) {
        return new BookingRequest(typeId, time.staffSubject(), time.start(), way, phone, interpreter, language,
                List.of());
    }
}
