package fi.tyollisyystalo.casework.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.pdf.Xhtml;
import fi.tyollisyystalo.casework.ItemKind;
import fi.tyollisyystalo.casework.MyPlan;
import fi.tyollisyystalo.casework.PlanItem;

/**
 * The XHTML of the resident's work-ability support plan, to print or keep: each goal with its actions, who is
 * responsible, by when, where it stands; then the actions without a goal and the interim evaluations.
 */
final class PlanPdf {

    private PlanPdf() {
    }

    static String xhtml(MyPlan plan, Locale locale, LocalDate today, BiFunction<String, Object[], String> t) {
        StringBuilder b = new StringBuilder();
        String title = t.apply("myplan.pdf.title", new Object[0]);
        b.append(Xhtml.head(locale, title, ".item { page-break-inside: avoid; border-top: 1pt solid #c5ccd6;"
                + " padding: 4pt 0; } .meta { color: #48505c; font-size: 9pt; }"));
        b.append("<h1>").append(Xhtml.escape(title)).append("</h1><p class=\"lead\">")
                .append(Xhtml.escape(t.apply("myplan.pdf.lead", new Object[] {plan.responsibleName(),
                        Formats.date(plan.openedOn(), locale), Formats.date(today, locale)}))).append("</p>");
        List<PlanItem> items = plan.items();
        for (PlanItem goal : items.stream().filter(i -> i.kind() == ItemKind.GOAL).toList()) {
            b.append("<h2>").append(Xhtml.escape(t.apply("case.kind.GOAL", new Object[0]) + ": " + goal.title()))
                    .append("</h2>");
            item(b, goal, locale, t, false);
            items.stream().filter(i -> i.kind().isAction() && Long.valueOf(goal.id()).equals(i.goalId()))
                    .forEach(a -> item(b, a, locale, t, true));
        }
        List<PlanItem> loose = items.stream().filter(i -> i.kind().isAction() && (i.goalId() == null
                || items.stream().noneMatch(g -> g.id() == i.goalId()))).toList();
        if (!loose.isEmpty()) {
            b.append("<h2>").append(Xhtml.escape(t.apply("case.plan.other-actions", new Object[0]))).append("</h2>");
            loose.forEach(a -> item(b, a, locale, t, true));
        }
        b.append("<h2>").append(Xhtml.escape(t.apply("myplan.evaluations", new Object[0]))).append("</h2><ul>");
        plan.evaluations().forEach(e -> b.append("<li>").append(Xhtml.escape(t.apply("myplan.evaluation.item",
                new Object[] {t.apply("case.evaluation." + e.kind(), new Object[0]), Formats.date(e.dueOn(), locale),
                        t.apply("case.evaluation.status." + e.status(), new Object[0])}))).append("</li>"));
        b.append("</ul></body></html>");
        return b.toString();
    }

    private static void item(StringBuilder b, PlanItem i, Locale locale, BiFunction<String, Object[], String> t,
            boolean withTitle) {
        b.append("<div class=\"item\">");
        if (withTitle) {
            b.append("<p><b>").append(Xhtml.escape(i.title())).append("</b></p>");
        }
        if (!i.detail().isBlank()) {
            b.append("<p>").append(Xhtml.escape(i.detail())).append("</p>");
        }
        for (String[] part : PlanList.assessment(i, t)) {
            b.append("<p><b>").append(Xhtml.escape(part[0])).append(":</b> ").append(Xhtml.escape(part[1]))
                    .append("</p>");
        }
        b.append("<p class=\"meta\">").append(Xhtml.escape(t.apply("case.itemstatus." + i.status().name(),
                new Object[0]) + " · " + t.apply("myplan.pdf.meta", new Object[] {
                        t.apply("case.party." + i.party().name(), new Object[0]),
                        i.dueOn() == null ? t.apply("case.item.no-due", new Object[0]) : Formats.date(i.dueOn(), locale)})))
                .append("</p></div>");
    }
}
