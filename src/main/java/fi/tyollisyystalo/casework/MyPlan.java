package fi.tyollisyystalo.casework;

import java.time.LocalDate;
import java.util.List;

/** The resident's own open case as they see it: who walks beside them, since when, and the whole plan. */
public record MyPlan(long caseId, String responsibleName, LocalDate openedOn, List<PlanItem> items,
        List<Evaluation> evaluations) {
}
