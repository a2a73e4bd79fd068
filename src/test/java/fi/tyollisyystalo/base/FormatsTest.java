package fi.tyollisyystalo.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.i18n.Languages;

class FormatsTest {

    @Test
    void dates_are_written_the_finnish_swedish_and_english_way() {
        LocalDate d = LocalDate.of(2026, 3, 5);
        assertThat(Formats.date(d, Languages.FINNISH)).isEqualTo("5.3.2026");
        assertThat(Formats.date(d, Languages.SWEDISH)).isEqualTo("5.3.2026");
        assertThat(Formats.date(d, Languages.ENGLISH)).isEqualTo("5 March 2026");
    }

    @Test
    void times_are_shown_in_helsinki_time_across_daylight_saving() {
        Instant winter = Instant.parse("2026-01-15T12:05:00Z");
        Instant summer = Instant.parse("2026-07-15T12:05:00Z");
        assertThat(Formats.dateTime(winter, Languages.FINNISH)).isEqualTo("15.1.2026 klo 14.05");
        assertThat(Formats.dateTime(summer, Languages.FINNISH)).isEqualTo("15.7.2026 klo 15.05");
        assertThat(Formats.dateTime(summer, Languages.SWEDISH)).isEqualTo("15.7.2026 kl. 15.05");
        assertThat(Formats.dateTime(summer, Languages.ENGLISH)).isEqualTo("15 July 2026 at 15:05");
    }

    @Test
    void weekdays_have_one_form_in_every_language() {
        List<String> fi = Arrays.stream(DayOfWeek.values()).map(d -> Formats.dayName(d, Languages.FINNISH)).toList();
        assertThat(fi).containsExactly("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
                "sunnuntai");
        assertThat(Arrays.stream(DayOfWeek.values()).map(d -> Formats.dayName(d, Languages.SWEDISH)).toList())
                .containsExactly("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag");
        assertThat(Arrays.stream(DayOfWeek.values()).map(d -> Formats.dayName(d, Languages.ENGLISH)).toList())
                .containsExactly("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        assertThat(Formats.dayName(DayOfWeek.MONDAY, Locale.GERMAN)).isEqualTo("maanantai");
    }

    @Test
    void an_unsupported_language_falls_back_to_finnish() {
        assertThat(Languages.supported(Locale.GERMAN)).isEqualTo(Languages.FINNISH);
        assertThat(Languages.fromTag("sv-FI")).contains(Languages.SWEDISH);
        assertThat(Languages.fromTag("en_GB")).contains(Languages.ENGLISH);
        assertThat(Languages.fromTag("xx")).isEmpty();
    }
}
