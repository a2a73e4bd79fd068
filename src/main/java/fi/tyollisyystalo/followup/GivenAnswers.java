package fi.tyollisyystalo.followup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.QuestionType;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.questionnaire.Section;

/**
 * Valid answers as they are stored: each question asked (with these switches and answers) that has an answer,
 * free text as given and choices stripped; {@code choices} are the numbers and codes alone, for events that must
 * never carry free text.
 */
record GivenAnswers(Map<String, String> stored, Map<String, String> choices) {

    static GivenAnswers of(Questionnaire form, Set<String> features, Map<String, String> given) {
        Map<String, String> stored = new LinkedHashMap<>();
        Map<String, String> choices = new LinkedHashMap<>();
        for (Section s : form.sections(features)) {
            for (Question q : s.asked(given)) {
                String value = given.get(q.id());
                if (value != null && !value.isBlank()) {
                    String v = q.type() == QuestionType.TEXT ? value : value.strip();
                    stored.put(q.id(), v);
                    if (q.type() != QuestionType.TEXT) {
                        choices.put(q.id(), v);
                    }
                }
            }
        }
        return new GivenAnswers(stored, choices);
    }
}
