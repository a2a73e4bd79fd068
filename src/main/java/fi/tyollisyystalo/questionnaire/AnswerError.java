package fi.tyollisyystalo.questionnaire;

import java.util.List;

/**
 * Why an answer can't be accepted, as a translation key with its arguments, shown at the field.
 *
 * @param sectionId the page the question is on, so a summary can link to it
 */
public record AnswerError(String sectionId, String questionId, String messageKey, List<Object> args) {

    public AnswerError {
        args = List.copyOf(args);
    }
}
