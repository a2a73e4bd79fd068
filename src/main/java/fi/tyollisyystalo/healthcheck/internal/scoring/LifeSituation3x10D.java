package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.LifeSituationItem;
import fi.tyollisyystalo.healthcheck.Severity;

/**
 * 3X10D life situation (Diak): ten items 0–10 (health, overcoming difficulties, housing, daily coping,
 * family and close ones, reliable friends, finances, developing one's strengths, self-esteem, life as
 * a whole). Each item is banded — 0–5 dissatisfied, 6–7 moderate, 8–10 satisfied — and there is no
 * total score; any dissatisfied item is noted. Its licence is unverified, so the section is behind a
 * configuration switch.
 */
public final class LifeSituation3x10D implements Instrument {

    public static final String CODE = "3X10D";
    public static final List<String> ITEMS = List.of("HEALTH", "DIFFICULTIES", "HOUSING", "DAILY_COPING", "FAMILY",
            "FRIENDS", "FINANCES", "STRENGTHS", "SELF_ESTEEM", "LIFE");
    static final int DISSATISFIED_AT_MOST = 5;
    static final Flag LOW = new Flag("LIFE_SITUATION_LOW", Severity.INFO, null);

    LifeSituation3x10D() {
    }

    public static List<LifeSituationItem> score(Map<String, Integer> answers) {
        List<LifeSituationItem> items = new ArrayList<>();
        for (String item : ITEMS) {
            Integer v = answers.get(item);
            if (v != null) {
                items.add(new LifeSituationItem(item, Items.check("3X10D " + item, v, 0, 10), band(v)));
            }
        }
        return items;
    }

    public static String band(int score) {
        if (score <= DISSATISFIED_AT_MOST) {
            return "DISSATISFIED";
        }
        return score <= 7 ? "MODERATE" : "SATISFIED";
    }

    /** The items answered (only when the section was switched on and asked); empty when none was. */
    @Override
    public Optional<InstrumentResult> assess(Respondent respondent) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String item : ITEMS) {
            Integer v = respondent.integer(HealthCheckScorer.LIFE_PREFIX + item);
            if (v != null) {
                answers.put(item, v);
            }
        }
        List<LifeSituationItem> items = score(answers);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        boolean low = items.stream().anyMatch(i -> i.score() <= DISSATISFIED_AT_MOST);
        return Optional.of(new InstrumentResult(CODE, null, low ? List.of(LOW) : List.of(), items, List.of()));
    }
}
