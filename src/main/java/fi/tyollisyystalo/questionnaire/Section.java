package fi.tyollisyystalo.questionnaire;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/**
 * One topic of the questionnaire, shown on its own page.
 *
 * @param feature a configuration switch that must be on for the section to be asked (e.g.
 *                "life-situation-3x10d"); null means always
 * @param link    an address to read more (e.g. TTL's Kykyviisari), with {@code linkText}
 */
public record Section(String id, LocalizedText title, @Nullable LocalizedText intro, @Nullable String feature,
        @Nullable String link, @Nullable LocalizedText linkText, List<Question> questions) {

    public Section {
        questions = List.copyOf(questions);
    }

    /** The questions asked with these answers, in order. */
    public List<Question> asked(Map<String, String> answers) {
        return questions.stream().filter(q -> q.isAsked(answers)).toList();
    }
}
