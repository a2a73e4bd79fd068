package fi.tyollisyystalo.healthcheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.Recommendation;
import fi.tyollisyystalo.healthcheck.Severity;

/**
 * Which answers led to a mark or a recommendation, in words: the resident's own rating, or the
 * instrument score and its cut-off, or the answer itself. The page and the PDF say the same.
 */
final class Reasons {

    private Reasons() {
    }

    /** Why a flag was raised, e.g. "Mielialakysymysten (PHQ-2) pisteesi ovat 4/6; raja on 3." */
    static String flag(Flag f, HealthCheckResult r, Locale locale, BiFunction<String, Object[], String> t) {
        Optional<InstrumentScore> score = r.instruments().stream()
                .filter(i -> i.instrument().equals(instrumentOf(f.code()))).findFirst();
        Object[] args = score.map(i -> new Object[] {Answers.score(i, locale, t),
                i.limit() == null ? "" : i.limit().toPlainString()})
                .orElseGet(() -> new Object[] {r.workAbility() == null ? "" : r.workAbility(), ""});
        return t.apply("hc.reason.flag." + f.code(), args);
    }

    /** Why a domain is marked: the resident's own rating when it is 5 or less, and each flag in the domain. */
    static List<String> domain(DomainScore d, HealthCheckResult r, Locale locale,
            BiFunction<String, Object[], String> t) {
        List<String> reasons = new ArrayList<>();
        if (d.score() <= DomainScore.WEAK_RATING_AT_MOST) {
            reasons.add(t.apply("hc.reason.rating", new Object[] {d.score()}));
        }
        for (Flag f : r.flags()) {
            if (f.domain() == d.domain() && f.severity() != Severity.INFO) {
                reasons.add(t.apply("hc.flag." + f.code() + ".title", new Object[0]) + ": " + flag(f, r, locale, t));
            }
        }
        return reasons;
    }

    /** Why the work-ability score is marked. */
    static String workAbility(int was, BiFunction<String, Object[], String> t) {
        return t.apply("hc.reason.was", new Object[] {was});
    }

    /** Why a service is suggested: the flag with the answers behind it, or the resident's weak rating. */
    static String recommendation(Recommendation rec, HealthCheckResult r, Locale locale,
            BiFunction<String, Object[], String> t) {
        String because = rec.flag() != null ? flag(rec.flag(), r, locale, t)
                : r.domains().stream().filter(d -> d.domain() == rec.domain()).findFirst()
                        .map(d -> t.apply("hc.reason.rating", new Object[] {d.score()})).orElse("");
        return t.apply("hc.result.services.why", new Object[] {t.apply(rec.reasonKey(), new Object[0]), because});
    }

    private static String instrumentOf(String flagCode) {
        return switch (flagCode) {
            case "PHQ2_POSITIVE" -> "PHQ_2";
            case "GAD2_POSITIVE" -> "GAD_2";
            case "AUDIT_C_RISK" -> "AUDIT_C";
            case "BMI_OBESITY", "BMI_UNDERWEIGHT" -> "BMI";
            case "FINDRISC_SLIGHT", "FINDRISC_MODERATE", "FINDRISC_HIGH" -> "FINDRISC";
            default -> "";
        };
    }
}
