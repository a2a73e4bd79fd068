package fi.tyollisyystalo.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * One figure as a table, already suppressed: rows and columns named by translation keys, cells that are counts,
 * medians in days or percentages, each either shown or suppressed. {@link #text} is what the screen and the CSV
 * both show, so the export is the screen's table cell for cell.
 *
 * @param id          the figure's id (its texts are {@code stats.<id>.title} and {@code .lead})
 * @param rowHeaderKey the first column's header
 * @param columnKeys  the columns' headers (a totals column is one of them, when the figure has one)
 * @param totals      the totals row, when the figure has one
 * @param summary     rows after the totals that are not counts (the clients' mean age): not charted, not summed
 */
public record StatTable(String id, String rowHeaderKey, List<String> columnKeys, List<Row> rows,
        @Nullable Row totals, List<Row> summary) {

    public StatTable {
        summary = List.copyOf(summary);
    }

    public StatTable(String id, String rowHeaderKey, List<String> columnKeys, List<Row> rows, @Nullable Row totals) {
        this(id, rowHeaderKey, columnKeys, rows, totals, List.of());
    }

    /** The same table with {@code more} rows after its totals. */
    public StatTable withSummary(List<Row> more) {
        return new StatTable(id, rowHeaderKey, columnKeys, rows, totals, more);
    }

    /** The shown text of a suppressed cell (never a number, so nothing of it can be read). */
    public static final String SUPPRESSED_KEY = "stats.suppressed.symbol";

    public record Row(String labelKey, List<Cell> cells) {
    }

    /**
     * COUNT a whole number; DAYS a median in days and MEAN a mean, one decimal; CHANGE a mean change with its sign;
     * PERCENT a whole percentage; SHARE a percentage with one decimal and its part and whole ("44.9 % (22/49)").
     */
    public enum Kind {
        COUNT, DAYS, PERCENT, MEAN, CHANGE, SHARE
    }

    /**
     * A cell: a count, a median in days, a mean, a percentage, or a share of {@code part} in {@code whole}; a
     * suppressed cell shows only the symbol.
     */
    public record Cell(Kind kind, double value, boolean suppressed, long part, long whole) {

        public Cell(Kind kind, double value, boolean suppressed) {
            this(kind, value, suppressed, 0, 0);
        }

        public static Cell count(long n, boolean suppressed) {
            return new Cell(Kind.COUNT, n, suppressed);
        }

        /**
         * {@code part} of {@code whole} as a percentage rounded half up to one decimal from the exact fraction
         * (22/49 = 44.897… → 44.9); a share of nothing is a dash.
         */
        public static Cell share(long part, long whole, boolean suppressed) {
            if (whole == 0) {
                return none(Kind.SHARE);
            }
            return new Cell(Kind.SHARE, percent(part, whole).doubleValue(), suppressed, part, whole);
        }

        /** {@code part / whole} in per cent, rounded half up to one decimal. */
        public static BigDecimal percent(long part, long whole) {
            return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }

        /** An empty cell: a median or percentage of nothing (shown as a dash). */
        public static Cell none(Kind kind) {
            return new Cell(kind, Double.NaN, false);
        }

        String text(Locale locale, UnaryOperator<String> translate) {
            if (suppressed) {
                return translate.apply(SUPPRESSED_KEY);
            }
            if (Double.isNaN(value)) {
                return "–";
            }
            return switch (kind) {
                case COUNT -> String.valueOf((long) value);
                case DAYS -> String.format(locale, "%.1f", value);
                case PERCENT -> String.format(locale, "%.0f %%", value);
                case MEAN -> String.format(locale, "%.1f", value);
                case CHANGE -> String.format(locale, "%+.1f", value);
                case SHARE -> String.format(locale, "%.1f %% (%d/%d)", percent(part, whole), part, whole);
            };
        }
    }

    /**
     * The rows of the screen and the CSV: the header, every row, the totals row, the summary rows; texts in
     * {@code locale}.
     */
    public List<List<String>> text(Locale locale, UnaryOperator<String> translate) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(translate.apply(rowHeaderKey));
        columnKeys.forEach(k -> header.add(translate.apply(k)));
        lines.add(header);
        for (Row r : rows) {
            lines.add(line(r, locale, translate));
        }
        if (totals != null) {
            lines.add(line(totals, locale, translate));
        }
        for (Row r : summary) {
            lines.add(line(r, locale, translate));
        }
        return lines;
    }

    private static List<String> line(Row r, Locale locale, UnaryOperator<String> translate) {
        List<String> line = new ArrayList<>();
        line.add(translate.apply(r.labelKey()));
        r.cells().forEach(c -> line.add(c.text(locale, translate)));
        return line;
    }
}
