package fi.tyollisyystalo.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan as a partner professional in the client's network sees it, under the client's consent: the client,
 * who walks beside them, the whole plan, and the organisations of the network that the client has opened.
 */
public record SharedPlan(long caseId, String clientName, String responsibleName, LocalDate openedOn,
        List<PlanItem> items, List<NetworkMember> network) {
}
