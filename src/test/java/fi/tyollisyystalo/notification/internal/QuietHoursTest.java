package fi.tyollisyystalo.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.base.time.HelsinkiTime;

class QuietHoursTest {

    private static Instant helsinki(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), HelsinkiTime.ZONE).toInstant();
    }

    @Test
    void a_text_may_go_from_eight_in_the_morning_until_nine_in_the_evening_helsinki_time() {
        assertThat(QuietHours.endOf(helsinki("2027-01-14T08:00"))).isEmpty();
        assertThat(QuietHours.endOf(helsinki("2027-01-14T20:59:59"))).isEmpty();
        assertThat(QuietHours.endOf(helsinki("2027-07-14T12:00"))).isEmpty();
    }

    @Test
    void in_the_evening_it_waits_until_eight_the_next_morning() {
        assertThat(QuietHours.endOf(helsinki("2027-01-14T21:00"))).contains(helsinki("2027-01-15T08:00"));
        assertThat(QuietHours.endOf(helsinki("2027-01-14T23:30"))).contains(helsinki("2027-01-15T08:00"));
    }

    @Test
    void after_midnight_it_waits_until_eight_the_same_morning() {
        assertThat(QuietHours.endOf(helsinki("2027-01-15T00:10"))).contains(helsinki("2027-01-15T08:00"));
        assertThat(QuietHours.endOf(helsinki("2027-01-15T07:59"))).contains(helsinki("2027-01-15T08:00"));
    }

    @Test
    void the_hours_follow_helsinki_summer_time_not_utc() {
        // 28 March 2027: clocks go forward at 03:00; 20:30 UTC on 27 March is 22:30 in Helsinki (winter time)
        assertThat(QuietHours.endOf(Instant.parse("2027-03-27T20:30:00Z")))
                .contains(Instant.parse("2027-03-28T05:00:00Z")); // 08:00 summer time = 05:00 UTC
        // 06:30 UTC in July is 09:30 in Helsinki: not quiet
        assertThat(QuietHours.endOf(Instant.parse("2027-07-01T06:30:00Z"))).isEmpty();
        // 05:30 UTC in January is 07:30 in Helsinki: quiet until 06:00 UTC
        assertThat(QuietHours.endOf(Instant.parse("2027-01-05T05:30:00Z")))
                .contains(Instant.parse("2027-01-05T06:00:00Z"));
    }

    @Test
    void a_masked_phone_number_keeps_only_its_last_three_digits() {
        assertThat(LoggingSmsGateway.masked("+358 40 123 4567")).isEqualTo("**********567");
    }
}
