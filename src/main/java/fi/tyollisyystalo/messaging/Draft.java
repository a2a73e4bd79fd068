package fi.tyollisyystalo.messaging;

import java.time.Instant;

/** The reply an author is writing in a thread, as last saved. */
public record Draft(String body, Instant savedAt) {
}
