package fi.tyollisyystalo.followup;

import java.util.List;
import java.util.Map;

import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.questionnaire.Section;

/**
 * An invitation with the form version it is answered on and the answers: once answered, as sent; while open, staff
 * see none and the resident their draft. {@code sections} are the form's sections asked with the switches on now
 * (3X10D's only while its switch is on).
 */
public record FollowUp(Invitation invitation, Questionnaire form, List<Section> sections, Map<String, String> answers) {

    public FollowUp {
        sections = List.copyOf(sections);
        answers = Map.copyOf(answers);
    }
}
