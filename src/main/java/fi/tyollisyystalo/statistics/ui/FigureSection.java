package fi.tyollisyystalo.statistics.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fi.tyollisyystalo.statistics.StatTable;

/**
 * One figure on the dashboard: its title and what it counts, the chart (SVG drawn on the server, described for
 * screen readers), the table with the same figures (the chart's alternative, and what the CSV holds cell for
 * cell) and the CSV download, which asks the service again so that every export is audited.
 */
class FigureSection extends Section {

    FigureSection(StatTable table, Locale locale, UnaryOperator<String> translate, Supplier<byte[]> csv,
            String fileName) {
        addClassName("tt-figure");
        setId("figure-" + table.id());
        String title = translate.apply("stats." + table.id() + ".title");
        H2 heading = new H2(title);
        heading.setId("figure-" + table.id() + "-title");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        List<List<String>> lines = table.text(locale, translate);
        Div chart = new Div(new Html("<div>" + BarChart.svg(table, title, locale, translate) + "</div>"));
        chart.addClassName("tt-figure__chart");
        Div scroll = new Div(table(table, lines));
        scroll.addClassName("tt-figure__table");
        // a table wider than a phone scrolls sideways; the region takes the keyboard focus for it (WCAG 2.1.1)
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv; charset=UTF-8",
                    bytes.length);
        }), translate.apply("stats.csv"));
        download.setId("figure-" + table.id() + "-csv");
        add(heading, new Paragraph(translate.apply("stats." + table.id() + ".lead")), chart, scroll, download);
    }

    private static NativeTable table(StatTable table, List<List<String>> lines) {
        NativeTable t = new NativeTable();
        t.addClassNames("tt-table", "tt-stats-table");
        t.setId("figure-" + table.id() + "-table");
        NativeTableRow header = t.getHead().addRow();
        for (String h : lines.getFirst()) {
            NativeTableHeaderCell th = header.addHeaderCell();
            th.setText(h);
            th.getElement().setAttribute("scope", "col");
        }
        for (List<String> line : lines.subList(1, lines.size())) {
            NativeTableRow row = t.getBody().addRow();
            NativeTableHeaderCell th = row.addHeaderCell();
            th.setText(line.getFirst());
            th.getElement().setAttribute("scope", "row");
            for (String cell : line.subList(1, line.size())) {
                row.addDataCell().setText(cell);
            }
        }
        if (table.totals() != null) {
            t.getBody().getRows().get(table.rows().size()).addClassName("tt-stats-total");
        }
        return t;
    }
}
