package fi.tyollisyystalo.statistics.internal;

import java.util.ArrayList;
import java.util.List;

import fi.tyollisyystalo.statistics.StatTable;
import fi.tyollisyystalo.statistics.StatTable.Cell;
import fi.tyollisyystalo.statistics.StatTable.Row;

/** Turns a grid of counts into a suppressed {@link StatTable}, with its row and column totals when asked. */
final class TableBuilder {

    static final String TOTAL = "stats.total";

    private TableBuilder() {
    }

    static StatTable counts(String id, String rowHeaderKey, List<String> rowKeys, List<String> columnKeys,
            long[][] cells, boolean rowTotals, boolean colTotals) {
        Suppression s = Suppression.of(cells, rowTotals, colTotals);
        int cols = columnKeys.size();
        List<String> headers = new ArrayList<>(columnKeys);
        if (rowTotals) {
            headers.add(TOTAL);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < rowKeys.size(); r++) {
            rows.add(new Row(rowKeys.get(r), line(s, r, cols, rowTotals)));
        }
        Row totals = colTotals ? new Row(TOTAL, line(s, rowKeys.size(), cols, rowTotals)) : null;
        return new StatTable(id, rowHeaderKey, headers, rows, totals);
    }

    private static List<Cell> line(Suppression s, int r, int cols, boolean rowTotals) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < cols + (rowTotals ? 1 : 0); c++) {
            cells.add(Cell.count(s.value(r, c), s.suppressed(r, c)));
        }
        return cells;
    }

    /**
     * The table with a last column of each row's total as a share of the grand total, hidden with either of them
     * (the table must have both totals).
     */
    static StatTable withShareOfTotal(StatTable counts, String columnKey) {
        Row totals = counts.totals();
        return withShareOfTotal(counts, columnKey, totals == null ? 0 : totals.cells().size() - 1);
    }

    /** The same, of the counts in column {@code column} (its share of that column's total). */
    static StatTable withShareOfTotal(StatTable counts, String columnKey, int column) {
        Row totals = counts.totals();
        if (totals == null) {
            throw new IllegalArgumentException("A share of the total needs the totals");
        }
        Cell all = totals.cells().get(column);
        List<Row> rows = counts.rows().stream().map(r -> withShare(r, all, column)).toList();
        List<String> columns = new ArrayList<>(counts.columnKeys());
        columns.add(columnKey);
        return new StatTable(counts.id(), counts.rowHeaderKey(), columns, rows, withShare(totals, all, column));
    }

    private static Row withShare(Row row, Cell all, int column) {
        Cell total = row.cells().get(column);
        List<Cell> cells = new ArrayList<>(row.cells());
        cells.add(all.value() == 0 ? Cell.none(StatTable.Kind.PERCENT) : new Cell(StatTable.Kind.PERCENT,
                100.0 * total.value() / all.value(), total.suppressed() || all.suppressed()));
        return new Row(row.labelKey(), cells);
    }

    /**
     * Shares of positive answers ({@code part} of {@code whole}, one column each) with their n; a share of one to
     * four answers is hidden, one of none is a dash.
     */
    static StatTable shares(String id, String rowHeaderKey, List<String> rowKeys, List<String> columnKeys,
            long[][] part, long[][] whole) {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < rowKeys.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columnKeys.size(); c++) {
                long n = whole[r][c];
                cells.add(Cell.share(part[r][c], n, n < Suppression.SMALLEST_SHOWN));
            }
            rows.add(new Row(rowKeys.get(r), cells));
        }
        return new StatTable(id, rowHeaderKey, columnKeys, rows, null);
    }
}
