package fi.tyollisyystalo.referral;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A contact request on the team's worklist.
 *
 * @param overdue           the team's turn and past its answer target, at the time the list was read
 * @param sharedHealthCheck a health check of the resident that is readable by the team now (consent in force)
 * @param urgency           what that health check says about urgency (score, weak domains, findings), or null
 */
public record ContactRequestItem(long id, long personId, String clientName, ContactSource source,
        ContactStatus status, Instant receivedAt, Instant dueAt, boolean overdue, @Nullable ContactChannel channel,
        @Nullable String assigneeName, @Nullable Long sharedHealthCheck,
        fi.tyollisyystalo.healthcheck.@Nullable UrgencyHint urgency) {
}
