package fi.tyollisyystalo.casework;

import java.time.LocalDate;

/**
 * An interim evaluation in the manager's list: which case (by number only), which evaluation, when, and who holds
 * it.
 */
public record TeamEvaluation(long caseId, String kind, LocalDate dueOn, String responsibleName) {

    public boolean overdue(LocalDate today) {
        return dueOn.isBefore(today);
    }
}
