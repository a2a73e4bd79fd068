package fi.tyollisyystalo.booking;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The county's booking rules ({@code tyollisyystalo.booking.*}).
 *
 * @param minimumNotice    how soon a resident can book at the earliest (default 2 hours)
 * @param horizon          how far ahead times are offered (default 12 weeks)
 * @param changeLimit      until how long before the start a resident can move or cancel (default 24 hours)
 * @param reminders        when reminders go before the start, one notice each (default 1 day and 2 hours)
 * @param holdTime         how long a freed time is kept for the first on the waitlist (default 2 hours)
 * @param organisationName the organiser named in calendar files
 * @param concurrentBookings how many booking transactions run at once (the rest wait; default 4, well under
 *                         the database pool)
 * @param busyWait         how long a booking waits for its turn before "busy, try again" (default 20 s)
 */
@ConfigurationProperties("tyollisyystalo.booking")
public record BookingSettings(@DefaultValue("PT2H") Duration minimumNotice, @DefaultValue("P84D") Duration horizon,
        @DefaultValue("PT24H") Duration changeLimit, @DefaultValue({"P1D", "PT2H"}) List<Duration> reminders,
        @DefaultValue("PT2H") Duration holdTime, @DefaultValue("Työllisyystalo") String organisationName,
        @DefaultValue("4") int concurrentBookings, @DefaultValue("PT20S") Duration busyWait) {
}
