package fi.tyollisyystalo.questionnaire;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/**
 * One question of a questionnaire version.
 *
 * @param id        stable within a questionnaire; answers are stored under it
 * @param min       smallest allowed value (SCALE, NUMBER)
 * @param max       largest allowed value (SCALE, NUMBER)
 * @param decimals  digits allowed after the decimal point (NUMBER)
 * @param unit      unit shown after the field (NUMBER), e.g. "cm"
 * @param minLabel  what the smallest value of a scale means
 * @param maxLabel  what the largest value of a scale means
 * @param maxLength longest allowed free text (TEXT)
 * @param when      asked only when this holds; null means always
 */
public record Question(String id, QuestionType type, boolean required, LocalizedText text,
        @Nullable LocalizedText help, List<Option> options, @Nullable Integer min, @Nullable Integer max,
        @Nullable Integer decimals, @Nullable String unit, @Nullable LocalizedText minLabel,
        @Nullable LocalizedText maxLabel, @Nullable Integer maxLength, @Nullable Condition when) {

    public static final int DEFAULT_TEXT_LENGTH = 2000;

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public boolean isAsked(Map<String, String> answers) {
        return when == null || when.holds(answers);
    }

    public int minValue() {
        return min == null ? 0 : min;
    }

    public int maxValue() {
        return max == null ? 10 : max;
    }

    public int textLimit() {
        return maxLength == null ? DEFAULT_TEXT_LENGTH : maxLength;
    }

    public @Nullable Option option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
    }
}
