package fi.tyollisyystalo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.statistics.StatTable;

/**
 * The unemployment figure's long-term row is the sum of two rows: shown only when both are, or it would give a
 * suppressed one away (the total minus the shown rows is the sum of the suppressed ones).
 */
class UnemploymentTableTest {

    /** Counts in the order of {@link Figures#DURATIONS}. */
    private static List<List<String>> table(long under3, long months3to12, long years1to3, long over3, long not,
            long unknown, long notRecorded) {
        long[][] cells = {{under3}, {months3to12}, {years1to3}, {over3}, {not}, {unknown}, {notRecorded}};
        return Figures.unemploymentTable(Figures.DURATIONS, cells)
                .text(Locale.ROOT, k -> k.equals(StatTable.SUPPRESSED_KEY) ? "x" : k);
    }

    private static List<String> row(List<List<String>> table, String label) {
        List<String> line = table.stream().filter(l -> l.getFirst().equals(label)).findFirst().orElseThrow();
        return line.subList(1, line.size());
    }

    @Test
    void the_long_term_unemployed_are_the_two_rows_together_with_their_share() {
        List<List<String>> t = table(10, 8, 15, 52, 5, 0, 0);
        assertThat(row(t, "stats.unemployment.longterm")).containsExactly("67", "74 %");
        assertThat(row(t, "stats.unemployment.OVER_3_YEARS")).containsExactly("52", "58 %");
        assertThat(row(t, "stats.total")).containsExactly("90", "100 %");
    }

    @Test
    void the_long_term_row_is_hidden_when_one_of_its_rows_is() {
        // three under 3 months and the one to three years hidden with it: the long-term sum would give both away
        List<List<String>> t = table(3, 0, 6, 52, 0, 0, 0);
        assertThat(row(t, "stats.unemployment.UNDER_3_MONTHS")).containsExactly("x", "x");
        assertThat(row(t, "stats.unemployment.YEARS_1_TO_3")).containsExactly("x", "x");
        assertThat(row(t, "stats.unemployment.longterm")).containsExactly("x", "x");
        assertThat(row(t, "stats.total")).containsExactly("61", "100 %");
    }
}
