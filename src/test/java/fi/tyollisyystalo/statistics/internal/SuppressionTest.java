package fi.tyollisyystalo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small-cell suppression over many seeded random tables: no shown count is 1–4, and an attacker who solves every
 * row and column with a single unknown from its shown total recovers no suppressed entry.
 */
class SuppressionTest {

    static LongStream seeds() {
        return LongStream.range(1, 501);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void no_shown_count_is_one_to_four_and_no_suppressed_entry_can_be_recomputed_from_the_totals(long seed) {
        Random random = new Random(seed);
        int rows = 1 + random.nextInt(7);
        int cols = 1 + random.nextInt(6);
        long[][] cells = new long[rows][cols];
        for (long[] row : cells) {
            for (int c = 0; c < cols; c++) {
                // mostly small counts, zeros and a few large ones, as in a team's month
                int kind = random.nextInt(10);
                row[c] = kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(6) : random.nextInt(200);
            }
        }
        boolean rowTotals = random.nextInt(4) > 0;
        boolean colTotals = random.nextInt(4) > 0;
        Suppression s = Suppression.of(cells, rowTotals, colTotals);

        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                if (s.shown(r, c) && !s.suppressed(r, c)) {
                    assertThat(s.value(r, c)).as("shown entry %d,%d", r, c).satisfiesAnyOf(
                            v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(5));
                }
            }
        }
        assertThat(recoverable(s, rows, cols)).as("entries recomputed from the totals").isZero();
    }

    @Test
    void a_lone_small_cell_takes_the_smallest_other_cell_of_its_row_and_column_with_it() {
        Suppression s = Suppression.of(new long[][] {{3, 10, 20}, {8, 9, 30}}, true, true);
        assertThat(s.suppressed(0, 0)).isTrue();
        assertThat(s.suppressed(0, 1)).isTrue();
        assertThat(s.suppressed(1, 0)).isTrue();
        assertThat(s.suppressed(1, 1)).isTrue();
        assertThat(s.suppressed(0, 2)).isFalse();
        assertThat(s.suppressed(2, 3)).isFalse();
    }

    @Test
    void a_table_without_small_cells_is_shown_whole() {
        Suppression s = Suppression.of(new long[][] {{0, 10}, {5, 0}}, true, true);
        for (int r = 0; r <= 2; r++) {
            for (int c = 0; c <= 2; c++) {
                assertThat(s.suppressed(r, c)).isFalse();
            }
        }
    }

    /** The attacker: solves each shown sum with exactly one unknown, again and again; counts what they recover. */
    private static int recoverable(Suppression s, int rows, int cols) {
        boolean[][] known = new boolean[rows + 1][cols + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                known[r][c] = s.shown(r, c) && !s.suppressed(r, c);
            }
        }
        int recovered = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int[][] line : s.lines()) {
                int unknown = 0;
                int[] which = null;
                for (int[] e : line) {
                    if (!known[e[0]][e[1]]) {
                        unknown++;
                        which = e;
                    }
                }
                if (unknown == 1) {
                    known[which[0]][which[1]] = true;
                    recovered++;
                    progress = true;
                }
            }
        }
        return recovered;
    }
}
