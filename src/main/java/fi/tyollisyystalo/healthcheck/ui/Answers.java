package fi.tyollisyystalo.healthcheck.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.healthcheck.Option;
import fi.tyollisyystalo.healthcheck.Question;

/** How a stored answer reads to people: option labels, numbers with units, yes and no. */
final class Answers {

    private Answers() {
    }

    static String display(Question q, @Nullable String value, Locale locale, BiFunction<String, Object[], String> t) {
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

    /** An instrument's score as people read it: "7/12", or a BMI with the language's decimal separator. */
    static String score(fi.tyollisyystalo.healthcheck.InstrumentScore i, Locale locale,
            BiFunction<String, Object[], String> t) {
        if (i.max() == null) {
            return i.value().toPlainString().replace('.', locale.getLanguage().equals("en") ? '.' : ',');
        }
        return t.apply("hc.answer.scale", new Object[] {i.value().toPlainString(), i.max()});
    }

    private static String label(Question q, String code, Locale locale) {
        Option o = q.option(code);
        return o == null ? code : o.text().in(locale);
    }
}
