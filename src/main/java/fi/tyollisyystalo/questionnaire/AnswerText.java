package fi.tyollisyystalo.questionnaire;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** How a stored answer reads to people: option labels, numbers with units, yes and no. */
public final class AnswerText {

    private AnswerText() {
    }

    public static String display(Question q, @Nullable String value, Locale locale,
            BiFunction<String, Object[], String> t) {
        if (value == null || value.isBlank()) {
            return t.apply("hc.answer.none", new Object[0]);
        }
        return switch (q.type()) {
            case SINGLE -> label(q, value, locale);
            case MULTIPLE -> Arrays.stream(value.split(",")).map(String::strip).map(c -> label(q, c, locale))
                    .collect(Collectors.joining(", "));
            case YES_NO -> t.apply("hc.answer." + value, new Object[0]);
            case SCALE -> t.apply("hc.answer.scale", new Object[] {value, q.maxValue()});
            case NUMBER -> value.strip() + (q.unit() == null ? "" : " " + q.unit());
            case TEXT -> value;
        };
    }

    private static String label(Question q, String code, Locale locale) {
        Option o = q.option(code);
        return o == null ? code : o.text().in(locale);
    }
}
