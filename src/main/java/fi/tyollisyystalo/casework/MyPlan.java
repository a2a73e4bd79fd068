package fi.tyollisyystalo.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The resident's own open case as they see it: who walks beside them, since when, the whole plan, the interim
 * evaluations, and the notes the team shared with them (newest first).
 */
public record MyPlan(long caseId, String responsibleName, LocalDate openedOn, List<PlanItem> items,
        List<Evaluation> evaluations, List<CaseNote> sharedNotes) {
}
