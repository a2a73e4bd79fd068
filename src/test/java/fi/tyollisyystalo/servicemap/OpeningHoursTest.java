package fi.tyollisyystalo.servicemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static OpeningHours.Exception closed(String date) {
        return new OpeningHours.Exception(LocalDate.parse(date), true, null, null);
    }

    @Test
    void exception_days_are_in_date_order_across_the_new_year() {
        OpeningHours hours = new OpeningHours(
                List.of(new OpeningHours.Weekly(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(8, 0), LocalTime.of(16, 0))),
                List.of(closed("2027-01-06"), closed("2027-01-01"), closed("2026-12-26"), closed("2026-12-24"),
                        new OpeningHours.Exception(LocalDate.parse("2026-12-31"), false, LocalTime.of(8, 0),
                                LocalTime.of(12, 0))));
        assertThat(hours.exceptions()).extracting(e -> e.date().toString())
                .containsExactly("2026-12-24", "2026-12-26", "2026-12-31", "2027-01-01", "2027-01-06");
        assertThat(hours.on(LocalDate.parse("2026-12-31")))
                .containsExactly(new OpeningHours.Span(LocalTime.of(8, 0), LocalTime.of(12, 0)));
        assertThat(hours.on(LocalDate.parse("2027-01-01"))).isEmpty();
        assertThat(hours.on(LocalDate.parse("2027-01-04"))).hasSize(1);
    }

    @Test
    void hours_read_from_a_document_without_lists_are_empty_not_broken() {
        OpeningHours hours = new OpeningHours(null, null);
        assertThat(hours.isEmpty()).isTrue();
        assertThat(hours.on(LocalDate.parse("2027-01-04"))).isEmpty();
    }
}
