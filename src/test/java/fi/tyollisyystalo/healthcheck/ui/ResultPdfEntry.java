package fi.tyollisyystalo.healthcheck.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import fi.tyollisyystalo.healthcheck.Recommendation;
import fi.tyollisyystalo.healthcheck.SubmittedCheck;

/** The result page's PDF XHTML ({@link ResultPdf}, package-private) for the health check benchmark. */
public final class ResultPdfEntry {

    private ResultPdfEntry() {
    }

    public static String xhtml(SubmittedCheck check, List<Recommendation> recommendations, Locale locale,
            String baseUrl, BiFunction<String, Object[], String> tr) {
        return ResultPdf.xhtml(check, recommendations, locale, baseUrl, tr);
    }
}
