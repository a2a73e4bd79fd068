package fi.tyollisyystalo.referral;

import java.time.Instant;

/** A contact request on the team's worklist. */
public record ContactRequestItem(long id, long personId, String clientName, ContactSource source,
        ContactStatus status, Instant receivedAt, Instant dueAt) {

    /** Past its answer target and still unanswered. */
    public boolean overdue(Instant now) {
        return status == ContactStatus.NEW && dueAt.isBefore(now);
    }
}
