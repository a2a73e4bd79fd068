package fi.tyollisyystalo.referral;

import java.time.Instant;

/** A sent contact request as its confirmation shows it: when it arrived, and by when the team answers. */
public record SentContact(long requestId, Instant receivedAt, Instant dueAt, ContactChannel channel,
        int answerTargetWorkingDays) {
}
