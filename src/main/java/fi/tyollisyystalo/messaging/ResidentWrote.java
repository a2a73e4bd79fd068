package fi.tyollisyystalo.messaging;

import java.time.Instant;

/**
 * Published when a resident writes to the team (a new thread or an answer), after the message is stored:
 * the referral feature gives the turn back to the team. Carries no text.
 */
public record ResidentWrote(long threadId, long personId, Instant at) {
}
