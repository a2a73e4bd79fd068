package fi.tyollisyystalo.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A step of a case for the statistics: opened, segment set, action added or done, evaluation done, outcome
 * recorded, closed. {@code detail} is a code (the segment, the outcome, the evaluation's kind, the party),
 * never free text. {@code personId} lets the statistics count clients and their age groups; it never leaves the
 * facts they keep.
 */
public record CaseStepTaken(long caseId, long personId, Step step, @Nullable String detail, Instant at) {

    public enum Step {
        OPENED, SEGMENT_SET, NETWORK_ADDED, ACTION_ADDED, ACTION_DONE, EVALUATION_DONE, OUTCOME, CLOSED,
        /** The first item of the case's plan agreed with the client: the plan is agreed. */
        PLAN_AGREED,
        /** The client's unemployment duration at the start recorded or corrected; the detail is its
         * {@link UnemploymentDuration} code. */
        UNEMPLOYMENT_RECORDED
    }
}
