package fi.tyollisyystalo.referral;

import java.time.Instant;

/** A resident's own contact request as My page shows it: where it came from, when it arrived, when we answer. */
public record MyContactRequest(long id, ContactSource source, ContactStatus status, Instant receivedAt,
        Instant dueAt) {
}
