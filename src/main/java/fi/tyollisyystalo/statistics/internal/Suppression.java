package fi.tyollisyystalo.statistics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression of a table of counts with its totals. Every count of 1–4 is suppressed (primary), then,
 * until no line changes, every row or column (with its total) that has exactly one suppressed entry gets a
 * second one, its smallest non-zero entry (a cell before a total), so no suppressed entry is the one unknown of
 * a sum that is shown. Zero is shown: it says nobody, which identifies nobody.
 *
 * <p>The table is {@code cells[r][c]}; with {@code rowTotals} each row's sum is shown as a last column, with
 * {@code colTotals} each column's sum as a last row; with both, the grand total too.
 */
public final class Suppression {

    public static final int SMALLEST_SHOWN = 5;

    private final long[][] values;
    private final boolean[][] suppressed;
    private final int rows;
    private final int cols;
    private final boolean rowTotals;
    private final boolean colTotals;

    private Suppression(long[][] cells, boolean rowTotals, boolean colTotals) {
        this.rows = cells.length;
        this.cols = rows == 0 ? 0 : cells[0].length;
        this.rowTotals = rowTotals;
        this.colTotals = colTotals;
        values = new long[rows + 1][cols + 1];
        suppressed = new boolean[rows + 1][cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                values[r][c] = cells[r][c];
                values[r][cols] += cells[r][c];
                values[rows][c] += cells[r][c];
                values[rows][cols] += cells[r][c];
            }
        }
    }

    /** Suppresses the table; the result holds the values (totals included) and what is suppressed. */
    public static Suppression of(long[][] cells, boolean rowTotals, boolean colTotals) {
        Suppression s = new Suppression(cells, rowTotals, colTotals);
        s.primary();
        s.secondary();
        return s;
    }

    /** A cell's, or with {@code r == rows} / {@code c == cols} a total's, value. */
    public long value(int r, int c) {
        return values[r][c];
    }

    public boolean suppressed(int r, int c) {
        return suppressed[r][c];
    }

    /** Whether an entry is shown at all (a cell, or a total the table has). */
    public boolean shown(int r, int c) {
        if (r < rows && c < cols) {
            return true;
        }
        if (r == rows && c == cols) {
            return rowTotals && colTotals;
        }
        return r == rows ? colTotals : rowTotals;
    }

    /** The lines whose sums are shown: each a list of {r, c}, the total last. */
    public List<int[][]> lines() {
        List<int[][]> lines = new ArrayList<>();
        if (rowTotals) {
            for (int r = 0; r < rows + (colTotals ? 1 : 0); r++) {
                int[][] line = new int[cols + 1][];
                for (int c = 0; c <= cols; c++) {
                    line[c] = new int[] {r, c};
                }
                lines.add(line);
            }
        }
        if (colTotals) {
            for (int c = 0; c < cols + (rowTotals ? 1 : 0); c++) {
                int[][] line = new int[rows + 1][];
                for (int r = 0; r <= rows; r++) {
                    line[r] = new int[] {r, c};
                }
                lines.add(line);
            }
        }
        return lines;
    }

    private void primary() {
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                if (shown(r, c) && values[r][c] >= 1 && values[r][c] < SMALLEST_SHOWN) {
                    suppressed[r][c] = true;
                }
            }
        }
    }

    private void secondary() {
        List<int[][]> lines = lines();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines) {
                int count = 0;
                for (int[] e : line) {
                    if (suppressed[e[0]][e[1]]) {
                        count++;
                    }
                }
                if (count == 1) {
                    int[] next = complement(line);
                    suppressed[next[0]][next[1]] = true;
                    changed = true;
                }
            }
        }
    }

    /** The entry to suppress with a lone one: the smallest non-zero, a cell before a total; a zero if nothing else. */
    private int[] complement(int[][] line) {
        int[] best = null;
        for (int[] e : line) {
            if (suppressed[e[0]][e[1]]) {
                continue;
            }
            if (best == null || rank(e) < rank(best)) {
                best = e;
            }
        }
        if (best == null) {
            throw new IllegalStateException("A line of one entry");
        }
        return best;
    }

    private double rank(int[] e) {
        long v = values[e[0]][e[1]];
        boolean total = e[0] == rows || e[1] == cols;
        return (v == 0 ? 1e15 : v) * 2 + (total ? 1 : 0);
    }
}
