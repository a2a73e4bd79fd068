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
}
