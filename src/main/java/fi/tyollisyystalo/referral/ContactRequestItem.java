package fi.tyollisyystalo.referral;

import java.time.Instant;

/**
 * A contact request on the team's worklist.
 *
 * @param overdue past its answer target and still unanswered, at the time the list was read
 */
public record ContactRequestItem(long id, long personId, String clientName, ContactSource source,
        ContactStatus status, Instant receivedAt, Instant dueAt, boolean overdue) {
}
