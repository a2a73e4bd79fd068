package fi.tyollisyystalo.statistics;

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
 */
public record StatTable(String id, String rowHeaderKey, List<String> columnKeys, List<Row> rows,
        @Nullable Row totals) {

    /** The shown text of a suppressed cell (never a number, so nothing of it can be read). */
    public static final String SUPPRESSED_KEY = "stats.suppressed.symbol";

    public record Row(String labelKey, List<Cell> cells) {
    }

    public enum Kind {
        COUNT, DAYS, PERCENT
    }

    /** A cell: a count, a median in days or a percentage; a suppressed cell shows only the symbol. */
    public record Cell(Kind kind, double value, boolean suppressed) {

        public static Cell count(long n, boolean suppressed) {
            return new Cell(Kind.COUNT, n, suppressed);
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
            };
        }
    }

    /** The rows of the screen and the CSV: the header, every row, the totals row; texts in {@code locale}. */
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
        return lines;
    }

    private static List<String> line(Row r, Locale locale, UnaryOperator<String> translate) {
        List<String> line = new ArrayList<>();
        line.add(translate.apply(r.labelKey()));
        r.cells().forEach(c -> line.add(c.text(locale, translate)));
        return line;
    }
}
