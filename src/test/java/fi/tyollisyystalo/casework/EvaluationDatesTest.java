package fi.tyollisyystalo.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EvaluationDatesTest {

    @Test
    void month_ends_clamp_to_the_shorter_month() {
        assertThat(EvaluationDates.of(LocalDate.of(2027, 1, 31))).containsExactly(
                java.util.Map.entry("M1", LocalDate.of(2027, 2, 28)), java.util.Map.entry("M3", LocalDate.of(2027, 4, 30)),
                java.util.Map.entry("M6", LocalDate.of(2027, 7, 31)), java.util.Map.entry("M9", LocalDate.of(2027, 10, 31)),
                java.util.Map.entry("M12", LocalDate.of(2028, 1, 31)));
    }

    @Test
    void a_leap_day_and_an_ordinary_day() {
        assertThat(EvaluationDates.of(LocalDate.of(2028, 2, 29)).get("M12")).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(EvaluationDates.of(LocalDate.of(2027, 3, 15)).values()).containsExactly(LocalDate.of(2027, 4, 15),
                LocalDate.of(2027, 6, 15), LocalDate.of(2027, 9, 15), LocalDate.of(2027, 12, 15),
                LocalDate.of(2028, 3, 15));
    }

    @Test
    void segments_come_from_the_two_axes() {
        assertThat(Segment.of(Segment.Coping.EASY, Segment.Need.LOW)).isEqualTo(Segment.COPER);
        assertThat(Segment.of(Segment.Coping.HARD, Segment.Need.LOW)).isEqualTo(Segment.SUPPORT);
        assertThat(Segment.of(Segment.Coping.EASY, Segment.Need.HIGH)).isEqualTo(Segment.COOPERATION);
        assertThat(Segment.of(Segment.Coping.HARD, Segment.Need.HIGH)).isEqualTo(Segment.CARE);
        assertThat(Segment.of(null, Segment.Need.HIGH)).isNull();
    }
}
