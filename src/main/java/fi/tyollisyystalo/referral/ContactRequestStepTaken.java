package fi.tyollisyystalo.referral;

import java.time.Instant;

/**
 * Published after every step of a contact request (statistics count the path from it). Carries no text the
 * resident wrote.
 */
public record ContactRequestStepTaken(long requestId, long personId, RequestStep step, ContactSource source,
        Instant at) {
}
