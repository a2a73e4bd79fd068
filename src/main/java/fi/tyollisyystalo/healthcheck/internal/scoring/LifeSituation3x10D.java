package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.tyollisyystalo.healthcheck.LifeSituationItem;

/**
 * 3X10D life situation (Diak): ten items 0–10 (health, overcoming difficulties, housing, daily coping,
 * family and close ones, reliable friends, finances, developing one's strengths, self-esteem, life as
 * a whole). Each item is banded — 0–5 dissatisfied, 6–7 moderate, 8–10 satisfied — and there is no
 * total score. Its licence is unverified, so the section is behind a configuration switch.
 */
public final class LifeSituation3x10D {

    public static final List<String> ITEMS = List.of("HEALTH", "DIFFICULTIES", "HOUSING", "DAILY_COPING", "FAMILY",
            "FRIENDS", "FINANCES", "STRENGTHS", "SELF_ESTEEM", "LIFE");

    private LifeSituation3x10D() {
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
        if (score <= 5) {
            return "DISSATISFIED";
        }
        return score <= 7 ? "MODERATE" : "SATISFIED";
    }
}
