package fi.tyollisyystalo.messaging;

import java.time.Instant;
import java.util.List;

/**
 * One thread with its messages in the order they were sent.
 *
 * @param clientName the resident's name when the team reads it; empty for the resident
 */
public record MessageThread(long id, long personId, String clientName, String subject, Instant createdAt,
        Side lastAuthorSide, List<Message> messages) {

    public ThreadState state() {
        return ThreadState.after(lastAuthorSide);
    }
}
