package fi.tyollisyystalo.healthcheck.ui;

import java.util.Locale;
import java.util.function.BiFunction;

/** An instrument's score as people read it (answers read through {@link fi.tyollisyystalo.questionnaire.AnswerText}). */
final class Answers {

    private Answers() {
    }

    /** An instrument's score as people read it: "7/12", or a BMI with the language's decimal separator. */
    static String score(fi.tyollisyystalo.healthcheck.InstrumentScore i, Locale locale,
            BiFunction<String, Object[], String> t) {
        if (i.max() == null) {
            return i.value().toPlainString().replace('.', locale.getLanguage().equals("en") ? '.' : ',');
        }
        return t.apply("hc.answer.scale", new Object[] {i.value().toPlainString(), i.max()});
    }
}
