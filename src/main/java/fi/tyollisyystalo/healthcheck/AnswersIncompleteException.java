package fi.tyollisyystalo.healthcheck;

import fi.tyollisyystalo.questionnaire.AnswerError;

import java.util.List;

/** Submitting failed because required answers are missing or invalid; nothing was changed. */
public class AnswersIncompleteException extends RuntimeException {

    private final transient List<AnswerError> errors;

    public AnswersIncompleteException(List<AnswerError> errors) {
        super(errors.size() + " answers need attention");
        this.errors = List.copyOf(errors);
    }

    public List<AnswerError> errors() {
        return errors;
    }
}
