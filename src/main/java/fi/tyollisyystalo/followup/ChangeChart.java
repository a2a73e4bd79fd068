package fi.tyollisyystalo.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * The chart of change, drawn on the server: one small line chart (SVG, no script) per measure — the work-ability
 * score and each domain, 0–10 — over the health check and the follow-ups, and the same numbers as a table with
 * the change from the first to the last. The drawings are hidden from screen readers; the table says it all.
 */
public class ChangeChart extends Section {

    static final int WIDTH = 220;
    static final int HEIGHT = 120;
    private static final int LEFT = 24;
    private static final int RIGHT = 16;
    private static final int TOP = 18;
    private static final int BOTTOM = 12;

    public ChangeChart(ChangeSeries series) {
        addClassName("tt-change-chart");
        add(new H3(getTranslation("chart.heading")));
        if (series.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("chart.none"));
            none.addClassName("tt-change-chart__none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("chart.lead")));
        BiFunction<String, Object[], String> t = (k, a) -> getTranslation(k, a);
        Locale locale = getLocale();
        Div panels = new Div();
        panels.addClassName("tt-change-chart__panels");
        panels.getElement().setAttribute("aria-hidden", "true");
        for (@Nullable Domain measure : ChangeSeries.MEASURES) {
            Div panel = new Div();
            panel.addClassName("tt-change-chart__panel");
            Span name = new Span(measureName(measure, t));
            name.addClassName("tt-change-chart__name");
            panel.add(name, new Svg(svg(series.values(measure))));
            panels.add(panel);
        }
        add(panels);
        add(table(rows(series, locale, t)));
    }

    /** The table's rows: the header (measure, each point's source and date, change), then one row per measure. */
    public static List<List<String>> rows(ChangeSeries series, Locale locale, BiFunction<String, Object[], String> t) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(t.apply("chart.measure", new Object[0]));
        for (ChangePoint p : series.points()) {
            header.add(t.apply("chart.source." + p.source().name(), new Object[] {Formats.date(p.on(), locale)}));
        }
        header.add(t.apply("chart.change", new Object[0]));
        rows.add(header);
        for (@Nullable Domain measure : ChangeSeries.MEASURES) {
            List<String> row = new ArrayList<>();
            row.add(measureName(measure, t));
            for (@Nullable Integer v : series.values(measure)) {
                row.add(v == null ? t.apply("chart.missing", new Object[0]) : String.valueOf(v));
            }
            @Nullable Integer change = series.change(measure);
            row.add(change == null ? "" : change == 0 ? t.apply("chart.change.none", new Object[0])
                    : (change > 0 ? "+" : "−") + Math.abs(change));
            rows.add(row);
        }
        return rows;
    }

    /** One measure's line over the points, 0 at the bottom and 10 at the top, each value written at its dot. */
    public static String svg(List<@Nullable Integer> values) {
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" focusable=\"false\" aria-hidden=\"true\">");
        for (int level : new int[] {0, 5, 10}) {
            int y = y(level);
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#767676\" stroke-width=\"1\"")
                    .append(level == 0 ? "" : " stroke-dasharray=\"2 3\"").append("/>");
            b.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333333\">").append(level).append("</text>");
        }
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Integer v = values.get(i);
            if (v == null) {
                continue;
            }
            int x = x(i, values.size());
            int y = y(v);
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
            dots.append("<circle cx=\"").append(x).append("\" cy=\"").append(y)
                    .append("\" r=\"4\" fill=\"#0b4a8f\"/>");
            dots.append("<text x=\"").append(x).append("\" y=\"").append(y - 8)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"#1a1a1a\">")
                    .append(v).append("</text>");
        }
        if (line.indexOf(" ") > 0) {
            b.append("<polyline points=\"").append(line)
                    .append("\" fill=\"none\" stroke=\"#0b4a8f\" stroke-width=\"2.5\"/>");
        }
        return b.append(dots).append("</svg>").toString();
    }

    static int x(int index, int count) {
        int span = WIDTH - LEFT - RIGHT - 16;
        return count <= 1 ? LEFT + 8 + span / 2 : LEFT + 8 + index * span / (count - 1);
    }

    static int y(int value) {
        return TOP + (10 - value) * (HEIGHT - TOP - BOTTOM) / 10;
    }

    private static String measureName(@Nullable Domain measure, BiFunction<String, Object[], String> t) {
        return t.apply(measure == null ? "chart.was" : "domain." + measure.name(), new Object[0]);
    }

    private NativeTable table(List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassNames("tt-table", "tt-table--stack", "tt-change-chart__table");
        table.setCaptionText(getTranslation("chart.caption"));
        NativeTableRow headRow = new NativeTableRow();
        for (String h : rows.getFirst()) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(h);
            th.getElement().setAttribute("scope", "col");
            headRow.add(th);
        }
        table.getHead().add(headRow);
        NativeTableBody body = table.getBody();
        for (List<String> row : rows.subList(1, rows.size())) {
            NativeTableRow tr = new NativeTableRow();
            NativeTableHeaderCell th = new NativeTableHeaderCell(row.getFirst());
            th.getElement().setAttribute("scope", "row");
            tr.add(th);
            for (int c = 1; c < row.size(); c++) {
                // on a narrow screen the table stacks and each number says what it is (WCAG 1.4.10)
                NativeTableCell td = new NativeTableCell(row.get(c));
                td.getElement().setAttribute("data-label", rows.getFirst().get(c));
                tr.add(td);
            }
            body.add(tr);
        }
        return table;
    }
}
