package fi.tyollisyystalo.servicemap.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.pdf.Xhtml;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.OpeningHours;
import fi.tyollisyystalo.servicemap.Region;
import fi.tyollisyystalo.servicemap.ServiceDetails;

/** The XHTML of a service list handed to a client: each service with what it is and every way in. */
final class ServiceListPdf {

    private ServiceListPdf() {
    }

    static String xhtml(List<ServiceDetails> services, Locale locale, LocalDate today,
            BiFunction<String, Object[], String> t) {
        StringBuilder b = new StringBuilder();
        b.append(Xhtml.head(locale, t.apply("servicelist.pdf.title", new Object[0]), "h2 { margin: 14pt 0 2pt; }"
                + " .lead { margin: 0 0 8pt; } .service { page-break-inside: avoid; border-top: 1pt solid #c5ccd6; }"
                + " .way { margin: 3pt 0 0 0; } .label { font-weight: bold; }"));
        b.append("<h1>").append(Xhtml.escape(t.apply("servicelist.pdf.title", new Object[0]))).append("</h1>");
        b.append("<p class=\"lead\">").append(Xhtml.escape(t.apply("servicelist.pdf.lead",
                new Object[] {Formats.date(today, locale)}))).append("</p>");
        for (ServiceDetails s : services) {
            var d = s.data();
            b.append("<div class=\"service\"><h2>").append(Xhtml.escape(d.name().in(locale))).append("</h2>");
            b.append("<p>").append(Xhtml.escape(d.summary().in(locale))).append("</p>");
            if (!d.howToUse().isBlank()) {
                b.append("<p><span class=\"label\">").append(Xhtml.escape(t.apply("servicemap.section.howtouse", new Object[0])))
                        .append(": </span>").append(Xhtml.escape(d.howToUse().in(locale))).append("</p>");
            }
            b.append("<p><span class=\"label\">").append(Xhtml.escape(t.apply("servicemap.fact.charge", new Object[0])))
                    .append(": </span>").append(Xhtml.escape(t.apply("servicemap.charge." + d.chargeType(), new Object[0])))
                    .append("</p>");
            for (ChannelData c : d.channels()) {
                b.append("<p class=\"way\"><span class=\"label\">")
                        .append(Xhtml.escape(t.apply("servicemap.way." + c.type().name(), new Object[0]))).append(": </span>")
                        .append(Xhtml.escape(channel(c, locale, t))).append("</p>");
            }
            b.append("<p>").append(Xhtml.escape(t.apply("servicemap.provider", new Object[] {s.organisationName().in(locale)})))
                    .append("</p></div>");
        }
        b.append("</body></html>");
        return b.toString();
    }

    private static String channel(ChannelData c, Locale locale, BiFunction<String, Object[], String> t) {
        return switch (c.type()) {
            case LOCATION -> String.join(", ", java.util.stream.Stream.of(c.street(), (c.postalCode() == null ? "" : c.postalCode())
                    + " " + (c.municipality() == null ? "" : Region.name(c.municipality(), locale))).filter(x -> x != null && !x.isBlank())
                    .map(String::strip).toList()) + hours(c.openingHours(), locale, t);
            case PHONE -> (c.phoneNumber() == null ? "" : c.phoneNumber())
                    + (c.phoneHours().isBlank() ? "" : " (" + c.phoneHours().in(locale) + ")");
            case WEB, ESERVICE -> c.url() == null ? "" : c.url();
        };
    }

    private static String hours(OpeningHours h, Locale locale, BiFunction<String, Object[], String> t) {
        if (h == null || h.weekly().isEmpty()) {
            return "";
        }
        return " – " + String.join("; ", h.weekly().stream().map(w -> w.days().stream().sorted()
                .map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, locale)).reduce((a, b2) -> a + " " + b2)
                .orElse("") + " " + w.open() + "–" + w.close()).toList());
    }
}
