package fi.tyollisyystalo.casework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An interim evaluation of a case (M1, M3, M6, M9, the final M12) with its due date; DUE until the team records
 * the evaluation meeting (DONE, with a summary). {@code clientName} is set in lists across cases.
 */
public record Evaluation(long id, long caseId, String kind, LocalDate dueOn, String status, @Nullable String summary,
        @Nullable String clientName) {

    public boolean overdue(LocalDate today) {
        return "DUE".equals(status) && dueOn.isBefore(today);
    }
}
