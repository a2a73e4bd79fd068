package fi.tyollisyystalo.followup;

import java.util.Map;

import fi.tyollisyystalo.questionnaire.Questionnaire;

/**
 * An invitation with the form version it is answered on and the answers: once answered, as sent; while open, staff
 * see none and the resident their draft.
 */
public record FollowUp(Invitation invitation, Questionnaire form, Map<String, String> answers) {

    public FollowUp {
        answers = Map.copyOf(answers);
    }
}
