package fi.tyollisyystalo.notification.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import fi.tyollisyystalo.base.time.HelsinkiTime;

/** No text message wakes anyone: none between 21:00 and 08:00 Helsinki time (summer and winter time alike). */
final class QuietHours {

    static final LocalTime STARTS = LocalTime.of(21, 0);
    static final LocalTime ENDS = LocalTime.of(8, 0);

    private QuietHours() {
    }

    /** When {@code now} is in the quiet hours, the moment they end; empty when a message may go now. */
    static Optional<Instant> endOf(Instant now) {
        ZonedDateTime local = now.atZone(HelsinkiTime.ZONE);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(ENDS) && time.isBefore(STARTS)) {
            return Optional.empty();
        }
        var day = time.isBefore(ENDS) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return Optional.of(day.atTime(ENDS).atZone(HelsinkiTime.ZONE).toInstant());
    }
}
