package fi.tyollisyystalo.healthcheck;

import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.questionnaire.Section;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.Option;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Complete answer sets to the health check v1 for tests: one with many findings, one without. */
public final class SampleAnswers {

    private SampleAnswers() {
    }

    /** A 41-year-old man in Lappeenranta: low work ability, low mood, risky drinking, BMI over 30. */
    public static Map<String, String> withFindings() {
        Map<String, String> a = new HashMap<>();
        a.putAll(Map.of("municipality", "405", "sex", "MALE", "was", "5", "domain_WORK", "4", "domain_BODY", "6",
                "domain_MIND", "3", "domain_SKILLS", "7", "domain_EVERYDAY", "5", "domain_INCLUSION", "8"));
        a.putAll(Map.of("phq2_1", "2", "phq2_2", "1", "gad2_1", "1", "gad2_2", "0", "auditc_1", "3", "auditc_2", "2",
                "auditc_3", "3", "smoking", "DAILY", "activity", "NO", "vegetables", "NOT_DAILY"));
        a.putAll(Map.of("sleep", "POORLY", "height", "178", "weight", "96", "has_diabetes", "NO", "waist", "104",
                "bp_medication", "NO", "high_glucose", "NO", "diabetes_family", "NONE", "contact_wish", "YES",
                "wishes", "WORK,MONEY"));
        return a;
    }

    /** A woman in Imatra who is doing well. */
    public static Map<String, String> healthy() {
        Map<String, String> a = new HashMap<>();
        a.putAll(Map.of("municipality", "153", "sex", "FEMALE", "was", "9", "domain_WORK", "8", "domain_BODY", "8",
                "domain_MIND", "9", "domain_SKILLS", "7", "domain_EVERYDAY", "8", "domain_INCLUSION", "9"));
        a.putAll(Map.of("phq2_1", "0", "phq2_2", "1", "gad2_1", "1", "gad2_2", "0", "auditc_1", "1", "auditc_2", "0",
                "auditc_3", "0", "smoking", "NEVER", "activity", "YES", "vegetables", "DAILY"));
        a.putAll(Map.of("sleep", "WELL", "height", "168", "weight", "62", "has_diabetes", "NO", "waist", "74",
                "bp_medication", "NO", "high_glucose", "NO", "diabetes_family", "NONE", "contact_wish", "NO"));
        return a;
    }

    /** Any valid answers to the questionnaire, chosen by the generator: optional questions are sometimes left out. */
    public static Map<String, String> random(Questionnaire questionnaire, Set<String> features, Random random) {
        Map<String, String> answers = new HashMap<>();
        for (Section s : questionnaire.sections(features)) {
            for (Question q : s.questions()) {
                if (!q.isAsked(answers) || (!q.required() && random.nextInt(4) == 0)) {
                    continue;
                }
                answers.put(q.id(), switch (q.type()) {
                    case SINGLE -> q.options().get(random.nextInt(q.options().size())).code();
                    case MULTIPLE -> String.join(",", q.options().stream().filter(o -> random.nextBoolean())
                            .map(Option::code).toList());
                    case YES_NO -> random.nextBoolean() ? "YES" : "NO";
                    case SCALE, NUMBER -> String.valueOf(q.minValue() + random.nextInt(q.maxValue() - q.minValue() + 1));
                    case TEXT -> "vapaa teksti " + random.nextInt(1000);
                });
                if (answers.get(q.id()).isEmpty()) {
                    answers.remove(q.id());
                }
            }
        }
        return answers;
    }
}
