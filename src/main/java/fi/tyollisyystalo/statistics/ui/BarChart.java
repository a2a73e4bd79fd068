package fi.tyollisyystalo.statistics.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import fi.tyollisyystalo.statistics.StatTable;

/**
 * A figure's chart as SVG, drawn on the server: one horizontal bar per row of its main column (the row total,
 * else the median or share, else the count), with the number at its end. A suppressed value has no bar, only
 * the symbol, so the chart shows exactly what the table does. No script, no style attribute.
 */
final class BarChart {

    private static final int ROW = 28;
    private static final int LABEL = 260;
    private static final int BARS = 380;
    private static final int WIDTH = LABEL + BARS + 70;

    private BarChart() {
    }

    static String svg(StatTable table, String title, Locale locale, UnaryOperator<String> translate) {
        int column = mainColumn(table);
        List<StatTable.Row> rows = table.rows();
        double max = rows.stream().mapToDouble(r -> value(r.cells().get(column))).max().orElse(0);
        int height = rows.size() * ROW + 8;
        List<List<String>> text = table.text(locale, translate);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tt-chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(translate.apply("stats.chart.label").replace("{0}", title))).append("\">");
        for (int i = 0; i < rows.size(); i++) {
            StatTable.Cell cell = rows.get(i).cells().get(column);
            int y = 4 + i * ROW;
            double v = value(cell);
            int width = max <= 0 ? 0 : (int) Math.round(BARS * v / max);
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 18)
                    .append("\" text-anchor=\"end\" class=\"tt-chart__label\">")
                    .append(escape(translate.apply(rows.get(i).labelKey()))).append("</text>");
            if (width > 0) {
                svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(width).append("\" height=\"").append(ROW - 8).append("\" class=\"tt-chart__bar\"/>");
            }
            svg.append("<text x=\"").append(LABEL + width + 6).append("\" y=\"").append(y + 18)
                    .append("\" class=\"tt-chart__value\">")
                    .append(escape(text.get(i + 1).get(column + 1))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** The totals column, else the first column that is not a count, else the first. */
    static int mainColumn(StatTable table) {
        List<String> columns = table.columnKeys();
        if (columns.getLast().equals("stats.total")) {
            return columns.size() - 1;
        }
        if (!table.rows().isEmpty()) {
            List<StatTable.Cell> cells = table.rows().getFirst().cells();
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).kind() != StatTable.Kind.COUNT) {
                    return c;
                }
            }
        }
        return 0;
    }

    private static double value(StatTable.Cell c) {
        return c.suppressed() || Double.isNaN(c.value()) ? 0 : c.value();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
