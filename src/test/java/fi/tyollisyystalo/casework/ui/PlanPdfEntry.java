package fi.tyollisyystalo.casework.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;

import fi.tyollisyystalo.casework.MyPlan;

/** The plan's PDF XHTML ({@link PlanPdf}, package-private) for the case and plan benchmark. */
public final class PlanPdfEntry {

    private PlanPdfEntry() {
    }

    public static String xhtml(MyPlan plan, Locale locale, LocalDate today, BiFunction<String, Object[], String> t) {
        return PlanPdf.xhtml(plan, locale, today, t);
    }
}
