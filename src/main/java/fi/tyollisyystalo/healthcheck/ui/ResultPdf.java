package fi.tyollisyystalo.healthcheck.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import fi.tyollisyystalo.servicemap.ServiceMapPages;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.pdf.Xhtml;
import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.LifeSituationItem;
import fi.tyollisyystalo.healthcheck.Recommendation;
import fi.tyollisyystalo.healthcheck.SubmittedCheck;

/**
 * The XHTML of a health check result for the resident to keep or take along, in their language. It
 * carries every safety text of the page (the coordinator offer, the crisis advice) and the reasons
 * behind each mark and suggestion, as the page does.
 */
final class ResultPdf {

    private ResultPdf() {
    }

    static String xhtml(SubmittedCheck check, List<Recommendation> recommendations, Locale locale, String baseUrl,
            BiFunction<String, Object[], String> tr) {
        T t = (key, args) -> Xhtml.escape(tr.apply(key, args));
        HealthCheckResult r = check.result();
        StringBuilder b = new StringBuilder();
        b.append(Xhtml.head(locale, t.t("hc.pdf.title"), "h3 { font-size: 11pt; margin: 8pt 0 2pt; }"
                + "table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 3pt 4pt;"
                + " border-bottom: 0.5pt solid #c5ccd6; vertical-align: top; }"
                + ".track { width: 60mm; height: 8pt; background: #e3e7ed; } .fill { height: 8pt; background: #1f5fa8; }"
                + ".weak { background: #b35c00; } .box { border: 1pt solid #1f5fa8; padding: 6pt; margin: 8pt 0; }"
                + ".service { page-break-inside: avoid; margin-bottom: 6pt; }"
                + ".why { color: #48505c; font-size: 9pt; } .crisis { border-color: #a4262c; font-weight: bold; }"));
        b.append("<h1>").append(t.t("hc.pdf.title")).append("</h1>");
        b.append("<p class=\"lead\">").append(t.t("hc.pdf.lead", Formats.dateTime(check.submittedAt(), locale)))
                .append("</p>");
        if (r.offerCoordinator()) {
            b.append("<div class=\"box\"><strong>").append(t.t("hc.result.offer.heading")).append("</strong><br/>")
                    .append(t.t("hc.result.offer.text")).append("</div>");
        }
        if (ResultPanel.crisis(r)) {
            b.append("<div class=\"box crisis\">").append(t.t("hc.result.crisis")).append("</div>");
        }
        b.append("<h2>").append(t.t("hc.result.domains.heading")).append("</h2><table>");
        if (r.workAbility() != null) {
            boolean low = r.workAbility() < 7;
            row(b, t.t("hc.result.was"), r.workAbility(), low,
                    low ? List.of(Reasons.workAbility(r.workAbility(), tr)) : List.of(), t);
        }
        for (DomainScore d : r.domains()) {
            row(b, t.t("domain." + d.domain().name()), d.score(), d.weak(),
                    d.weak() ? Reasons.domain(d, r, locale, tr) : List.of(), t);
        }
        b.append("</table>");
        b.append("<h2>").append(t.t("hc.result.flags.heading")).append("</h2>");
        if (r.flags().isEmpty()) {
            b.append("<p>").append(t.t("hc.result.flags.none")).append("</p>");
        }
        for (Flag f : r.flags()) {
            b.append("<h3>").append(t.t("hc.flag." + f.code() + ".title")).append(" (")
                    .append(t.t("hc.severity." + f.severity().name())).append(")</h3><p>")
                    .append(t.t("hc.result.because", Reasons.flag(f, r, locale, tr))).append("<br/>")
                    .append(t.t("hc.flag." + f.code() + ".explain")).append("</p>");
        }
        b.append("<h2>").append(t.t("hc.result.instruments.heading")).append("</h2><table><tr><th>")
                .append(t.t("hc.result.col.instrument")).append("</th><th>").append(t.t("hc.result.col.score"))
                .append("</th><th>").append(t.t("hc.result.col.meaning")).append("</th></tr>");
        for (InstrumentScore i : r.instruments()) {
            String value = Answers.score(i, locale, tr);
            b.append("<tr><td>").append(t.t("hc.instrument." + i.instrument())).append("</td><td>")
                    .append(Xhtml.escape(value)).append("</td><td>")
                    .append(t.t("hc.band." + i.instrument() + "." + i.band(),
                            i.limit() == null ? "" : i.limit().toPlainString()))
                    .append("</td></tr>");
        }
        b.append("</table>");
        if (!r.lifeSituation().isEmpty()) {
            b.append("<h2>").append(t.t("hc.result.life.heading")).append("</h2><table>");
            for (LifeSituationItem i : r.lifeSituation()) {
                b.append("<tr><td>").append(t.t("hc.life." + i.item())).append("</td><td>")
                        .append(t.t("hc.answer.scale", i.score(), 10)).append("</td><td>")
                        .append(t.t("hc.life.band." + i.band())).append("</td></tr>");
            }
            b.append("</table>");
        }
        if (!recommendations.isEmpty()) {
            b.append("<h2>").append(t.t("hc.result.services.heading")).append("</h2>");
            for (Recommendation rec : recommendations) {
                b.append("<div class=\"service\"><h3>").append(Xhtml.escape(rec.service().name().in(locale)))
                        .append("</h3><p>").append(Xhtml.escape(rec.service().summary().in(locale))).append("<br/>")
                        .append(Xhtml.escape(rec.service().organisationName().in(locale))).append("<br/>");
                for (Ways.Line line : Ways.of(rec.ways(), locale)) {
                    b.append(t.t(line.kindKey())).append(": ").append(Xhtml.escape(line.text())).append("<br/>");
                }
                b.append(Xhtml.escape(Reasons.recommendation(rec, r, locale, tr))).append("<br/>");
                b.append(t.t("hc.pdf.service.link", baseUrl + "/" + ServiceMapPages.service(rec.service().id()))).append("</p></div>");
            }
        }
        b.append("<p class=\"lead\">").append(t.t("hc.pdf.footer")).append("</p>");
        b.append("</body></html>");
        return b.toString();
    }

    private static void row(StringBuilder b, String label, int score, boolean weak, List<String> reasons, T t) {
        b.append("<tr><td>").append(label).append("</td><td><div class=\"track\"><div class=\"fill")
                .append(weak ? " weak" : "").append("\" style=\"width: ").append(score * 6).append("mm\"></div></div></td><td>")
                .append(t.t("hc.answer.scale", score, 10)).append(weak ? " – " + t.t("hc.result.weak") : "")
                .append("</td></tr>");
        if (!reasons.isEmpty()) {
            b.append("<tr><td colspan=\"3\" class=\"why\">").append(t.t("hc.result.why", String.join(" ", reasons)))
                    .append("</td></tr>");
        }
    }

    /** A translation, escaped for XHTML. */
    @FunctionalInterface
    private interface T {
        String apply(String key, Object[] args);

        default String t(String key, Object... args) {
            return apply(key, args);
        }
    }
}
