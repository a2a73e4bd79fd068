package fi.tyollisyystalo.base.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.tyollisyystalo.base.time.FinnishHolidays.Holiday;

/** The Finnish working-day calendar at fixed times, checked against the published calendars. */
class WorkingDaysTest {

    private static Instant helsinki(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HelsinkiTime.ZONE).toInstant();
    }

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2028,2028-04-16",
        "2029,2029-04-01", "2030,2030-04-21", "2038,2038-04-25", "2285,2285-03-22"})
    void easter_sunday_matches_the_published_dates(int year, LocalDate expected) {
        assertThat(FinnishHolidays.easterSunday(year)).isEqualTo(expected);
    }

    @Test
    void the_holidays_of_2027_are_the_official_list() {
        Map<LocalDate, Holiday> days = FinnishHolidays.of(2027);
        assertThat(days).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.ofEntries(
                Map.entry(LocalDate.of(2027, 1, 1), Holiday.NEW_YEARS_DAY),
                Map.entry(LocalDate.of(2027, 1, 6), Holiday.EPIPHANY),
                Map.entry(LocalDate.of(2027, 3, 26), Holiday.GOOD_FRIDAY),
                Map.entry(LocalDate.of(2027, 3, 29), Holiday.EASTER_MONDAY),
                Map.entry(LocalDate.of(2027, 5, 1), Holiday.MAY_DAY),
                Map.entry(LocalDate.of(2027, 5, 6), Holiday.ASCENSION_DAY),
                Map.entry(LocalDate.of(2027, 6, 25), Holiday.MIDSUMMER_EVE),
                Map.entry(LocalDate.of(2027, 6, 26), Holiday.MIDSUMMER_DAY),
                Map.entry(LocalDate.of(2027, 11, 6), Holiday.ALL_SAINTS_DAY),
                Map.entry(LocalDate.of(2027, 12, 6), Holiday.INDEPENDENCE_DAY),
                Map.entry(LocalDate.of(2027, 12, 24), Holiday.CHRISTMAS_EVE),
                Map.entry(LocalDate.of(2027, 12, 25), Holiday.CHRISTMAS_DAY),
                Map.entry(LocalDate.of(2027, 12, 26), Holiday.ST_STEPHENS_DAY))));
    }

    @Test
    void midsummer_and_all_saints_move_within_their_weeks_every_year() {
        for (int year = 1990; year <= 2100; year++) {
            var days = FinnishHolidays.of(year);
            LocalDate eve = days.entrySet().stream().filter(e -> e.getValue() == Holiday.MIDSUMMER_EVE)
                    .findFirst().orElseThrow().getKey();
            assertThat(eve.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(eve).isBetween(LocalDate.of(year, 6, 19), LocalDate.of(year, 6, 25));
            LocalDate saints = days.entrySet().stream().filter(e -> e.getValue() == Holiday.ALL_SAINTS_DAY)
                    .findFirst().orElseThrow().getKey();
            assertThat(saints.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(saints).isBetween(LocalDate.of(year, 10, 31), LocalDate.of(year, 11, 6));
            assertThat(FinnishHolidays.easterSunday(year).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        }
    }

    @Test
    void a_request_on_thursday_before_easter_is_due_after_easter_across_the_summer_time_change() {
        // Thursday 25 March 2027 15:00 (UTC+2); Good Friday 26.3., Easter Monday 29.3.; DST starts 28.3.
        Instant sent = helsinki("2027-03-25T15:00");
        assertThat(sent).isEqualTo(Instant.parse("2027-03-25T13:00:00Z"));
        Instant due = WorkingDays.due(sent, 3);
        assertThat(HelsinkiTime.at(due).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-04-01T15:00"));
        assertThat(due).isEqualTo(Instant.parse("2027-04-01T12:00:00Z"));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2027-01-29T10:00, 1, 2027-02-01T10:00",  // Friday -> Monday
        "2027-01-30T10:00, 1, 2027-02-02T08:00",  // Saturday counts from Monday's opening
        "2027-12-23T16:30, 1, 2027-12-28T08:00",  // after closing: from the next opening, over Christmas Eve,
                                                  // Christmas and St Stephen's Day (a Sunday)
        "2027-02-01T06:30, 1, 2027-02-02T08:00",  // before opening counts from the opening the same day
        "2027-02-01T22:00, 1, 2027-02-03T08:00",  // late in the evening counts from the next morning
        "2027-12-05T12:00, 2, 2027-12-09T08:00",  // Sunday before Independence Day (Monday 6.12.): counts from Tuesday
        "2027-06-24T09:00, 1, 2027-06-28T09:00",  // Midsummer Eve Friday skipped
        "2027-05-05T09:00, 1, 2027-05-07T09:00",  // Ascension Day Thursday skipped
        "2027-12-31T09:00, 3, 2028-01-05T09:00",  // year end: New Year's Day is a Saturday, Epiphany Thursday
        "2027-01-05T12:00, 1, 2027-01-07T12:00"}) // Epiphany Wednesday skipped
    void due_dates_skip_weekends_and_holidays(String sent, int days, String expected) {
        Instant due = WorkingDays.due(helsinki(sent), days);
        assertThat(HelsinkiTime.at(due).toLocalDateTime()).isEqualTo(LocalDateTime.parse(expected));
        assertThat(WorkingDays.isWorkingDay(HelsinkiTime.at(due).toLocalDate())).isTrue();
    }

    @Test
    void zero_working_days_is_the_same_moment_on_a_working_day() {
        Instant sent = helsinki("2027-03-24T10:00");
        assertThat(WorkingDays.due(sent, 0)).isEqualTo(sent);
    }

    @Test
    void the_answers_do_not_depend_on_the_servers_time_zone() {
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            Instant due = WorkingDays.due(helsinki("2027-03-25T15:00"), 3);
            assertThat(due).isEqualTo(Instant.parse("2027-04-01T12:00:00Z"));
            Clock fixed = Clock.fixed(Instant.parse("2027-03-27T22:30:00Z"), ZoneOffset.UTC);
            assertThat(HelsinkiTime.today(fixed)).isEqualTo(LocalDate.of(2027, 3, 28));
        } finally {
            java.util.TimeZone.setDefault(original);
        }
    }

    @Test
    void month_ends_clamp_when_adding_a_month() {
        assertThat(LocalDate.of(2027, 1, 31).plusMonths(1)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(LocalDate.of(2028, 1, 31).plusMonths(1)).isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
