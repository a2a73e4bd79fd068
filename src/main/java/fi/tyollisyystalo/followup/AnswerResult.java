package fi.tyollisyystalo.followup;

import java.util.List;

import fi.tyollisyystalo.questionnaire.AnswerError;

/**
 * What became of the resident's answers: saved; not saved because of the errors listed (each said at its
 * field); or not saved because the follow-up was answered already (the first answers stay as they were).
 */
public record AnswerResult(Status status, List<AnswerError> errors) {

    public enum Status {
        SAVED, INVALID, ALREADY_ANSWERED
    }

    public AnswerResult {
        errors = List.copyOf(errors);
    }
}
