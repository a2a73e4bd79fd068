package fi.tyollisyystalo.booking.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.pdf.Xhtml;
import fi.tyollisyystalo.booking.Appointment;

/**
 * The XHTML of a resident's appointment confirmation, to print or keep: the same facts as the page (what, when
 * in Helsinki time, how, where, with whom, language), who organises it, and how to change it.
 */
final class AppointmentPdf {

    private AppointmentPdf() {
    }

    static String xhtml(Appointment a, Locale locale, LocalDate today, String organisation,
            BiFunction<String, Object[], String> t) {
        StringBuilder b = new StringBuilder();
        String title = t.apply("booking.pdf.title", new Object[0]);
        b.append(Xhtml.head(locale, title, "body { font-size: 11pt; line-height: 1.45; } h1 { font-size: 20pt; }"
                + " .lead { margin: 0 0 14pt; } table { border-collapse: collapse; width: 100%; }"
                + " th { text-align: left; vertical-align: top; width: 32%; padding: 5pt 8pt 5pt 0; }"
                + " td { padding: 5pt 0; }"
                + " tr { border-top: 1pt solid #c5ccd6; } .org { margin-top: 18pt; font-weight: bold; }"));
        b.append("<h1>").append(Xhtml.escape(title)).append("</h1>");
        b.append("<p class=\"lead\">").append(Xhtml.escape(t.apply("booking.pdf.lead",
                new Object[] {Formats.date(today, locale)}))).append("</p><table>");
        for (AppointmentTexts.Fact f : AppointmentTexts.rows(a, locale, t, false)) {
            b.append("<tr><th>").append(Xhtml.escape(f.label())).append("</th><td>").append(Xhtml.escape(f.value()))
                    .append("</td></tr>");
        }
        b.append("</table><p>").append(Xhtml.escape(t.apply("booking.pdf.change", new Object[0]))).append("</p>");
        b.append("<p class=\"org\">").append(Xhtml.escape(organisation)).append("</p></body></html>");
        return b.toString();
    }
}
