package fi.tyollisyystalo.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.questionnaire.AnswerError;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.QuestionType;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.questionnaire.Section;

/**
 * Checks answers against their question: required, option codes, ranges, decimals, text length. The
 * raw answer is always kept as typed; this only says what is wrong with it, in translation keys.
 */
public final class AnswerValidator {

    /** Longest raw answer stored at all, so a draft can't be used to store megabytes. */
    public static final int STORED_LIMIT = 20_000;

    private AnswerValidator() {
    }

    public static Optional<AnswerError> validate(String sectionId, Question q, @Nullable String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return q.required() ? Optional.of(error(sectionId, q, requiredKey(q.type()))) : Optional.empty();
        }
        return switch (q.type()) {
            case SINGLE -> q.option(value) == null ? Optional.of(error(sectionId, q, "hc.error.choose"))
                    : Optional.empty();
            case MULTIPLE -> Arrays.stream(value.split(",")).map(String::strip).allMatch(c -> q.option(c) != null)
                    ? Optional.empty() : Optional.of(error(sectionId, q, "hc.error.choose"));
            case YES_NO -> value.equals("YES") || value.equals("NO") ? Optional.empty()
                    : Optional.of(error(sectionId, q, "hc.error.choose"));
            case SCALE -> scale(sectionId, q, value);
            case NUMBER -> number(sectionId, q, value);
            case TEXT -> raw.length() > q.textLimit()
                    ? Optional.of(error(sectionId, q, "hc.error.text.long", q.textLimit(), raw.length()))
                    : Optional.empty();
        };
    }

    /** Every error of the questions asked on this page, given all answers so far. */
    public static List<AnswerError> validateSection(Section section, Map<String, String> answers) {
        List<AnswerError> errors = new ArrayList<>();
        for (Question q : section.asked(answers)) {
            validate(section.id(), q, answers.get(q.id())).ifPresent(errors::add);
        }
        return errors;
    }

    /** Every error of every page asked with these switches. */
    public static List<AnswerError> validateAll(Questionnaire questionnaire, java.util.Set<String> features,
            Map<String, String> answers) {
        List<AnswerError> errors = new ArrayList<>();
        for (Section s : questionnaire.sections(features)) {
            errors.addAll(validateSection(s, answers));
        }
        return errors;
    }

    private static Optional<AnswerError> scale(String sectionId, Question q, String value) {
        try {
            int v = Integer.parseInt(value);
            if (v >= q.minValue() && v <= q.maxValue()) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        return Optional.of(error(sectionId, q, "hc.error.choose"));
    }

    private static Optional<AnswerError> number(String sectionId, Question q, String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            return Optional.of(error(sectionId, q, "hc.error.number", q.minValue(), q.maxValue(), unit(q)));
        }
        int decimals = q.decimals() == null ? 0 : q.decimals();
        if (number.stripTrailingZeros().scale() > decimals) {
            return Optional.of(decimals == 0
                    ? error(sectionId, q, "hc.error.number.whole", q.minValue(), q.maxValue(), unit(q))
                    : error(sectionId, q, "hc.error.number", q.minValue(), q.maxValue(), unit(q)));
        }
        if (number.compareTo(BigDecimal.valueOf(q.minValue())) < 0
                || number.compareTo(BigDecimal.valueOf(q.maxValue())) > 0) {
            return Optional.of(error(sectionId, q, "hc.error.range", q.minValue(), q.maxValue(), unit(q)));
        }
        return Optional.empty();
    }

    private static String unit(Question q) {
        return q.unit() == null ? "" : q.unit();
    }

    private static String requiredKey(QuestionType type) {
        return switch (type) {
            case NUMBER, TEXT -> "hc.error.required.enter";
            default -> "hc.error.required.choose";
        };
    }

    private static AnswerError error(String sectionId, Question q, String key, Object... args) {
        return new AnswerError(sectionId, q.id(), key, List.of(args));
    }
}
