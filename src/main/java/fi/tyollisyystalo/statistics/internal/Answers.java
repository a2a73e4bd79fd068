package fi.tyollisyystalo.statistics.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import fi.tyollisyystalo.followup.ChangePoint;
import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * The answers of a follow-up the statistics keep: the work-ability score and the domains (whole numbers 0–10),
 * the PREM and stakeholder items (1–5) and the employment situation (one of its codes). Anything else, and any
 * value that is not such a number or code, is never read: no free text can reach the facts.
 */
final class Answers {

    /** The PROM questions with a 0–10 scale, in the order the figure shows them. */
    static final List<String> SCORES = Stream.concat(Stream.of(ChangePoint.WORK_ABILITY),
            Stream.of(Domain.values()).map(d -> ChangePoint.DOMAIN_PREFIX + d.name())).toList();

    private Answers() {
    }

    /** The kept answers by question id, in a stable order. */
    static Map<String, String> read(Map<String, String> choices) {
        Map<String, String> kept = new TreeMap<>();
        choices.forEach((question, raw) -> {
            String v = raw == null ? "" : raw.strip();
            if (SCORES.contains(question) && whole(v, 0, 10)
                    || (FollowUpForms.PREM_ITEMS.contains(question)
                            || FollowUpForms.STAKEHOLDER_ITEMS.contains(question)) && whole(v, 1, 5)
                    || question.equals(FollowUpForms.EMPLOYMENT) && FollowUpForms.EMPLOYMENT_CODES.contains(v)) {
                kept.put(question, v);
            }
        });
        return kept;
    }

    private static boolean whole(String v, int min, int max) {
        if (!v.matches("\\d{1,2}")) {
            return false;
        }
        int n = Integer.parseInt(v);
        return n >= min && n <= max;
    }
}
