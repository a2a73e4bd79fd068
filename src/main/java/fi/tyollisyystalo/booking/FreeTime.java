package fi.tyollisyystalo.booking;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A time that can be booked now: with whom, when, where (an address for a meeting in person; null when the
 * staff member works remotely then) and in which languages.
 */
public record FreeTime(String staffSubject, String staffName, Instant start, Instant end, @Nullable String location,
        List<String> languages) {
}
