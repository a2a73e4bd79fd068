package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The answers an instrument reads: only those to questions that were asked, by question id, with the
 * age at submission and the sex that picks the reference limits.
 */
public record Respondent(Map<String, String> answers, int age, Sex sex) {

    public Respondent {
        answers = Map.copyOf(answers);
    }

    /** True when every one of these questions has an answer. */
    boolean answered(String... ids) {
        return Arrays.stream(ids).allMatch(answers::containsKey);
    }

    /** True when the answer to the question is this option. */
    boolean is(String id, String option) {
        return option.equals(answers.get(id));
    }

    @Nullable Integer integer(String id) {
        String v = answers.get(id);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable BigDecimal decimal(String id) {
        String v = answers.get(id);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
