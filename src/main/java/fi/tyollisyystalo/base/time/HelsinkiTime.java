package fi.tyollisyystalo.base.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import fi.tyollisyystalo.base.i18n.Formats;

/**
 * Europe/Helsinki, the zone of everything a person sees. Instants are stored and compared in UTC (the
 * one {@link Clock} bean); they become Helsinki dates and times only for people and for rules stated
 * in local time (working days, office hours, "no text messages at night").
 */
public final class HelsinkiTime {

    public static final ZoneId ZONE = Formats.HELSINKI;

    private HelsinkiTime() {
    }

    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static ZonedDateTime now(Clock clock) {
        return ZonedDateTime.now(clock.withZone(ZONE));
    }
}
