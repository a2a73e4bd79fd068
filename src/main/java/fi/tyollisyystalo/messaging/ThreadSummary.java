package fi.tyollisyystalo.messaging;

import java.time.Instant;

/**
 * A thread in a list (the resident's own threads or the team's inbox).
 *
 * @param clientName the resident's name in the team's inbox; empty in the resident's own list
 * @param unread     the other side wrote last and this side has not opened the thread since
 */
public record ThreadSummary(long id, long personId, String clientName, String subject, Instant lastMessageAt,
        Side lastAuthorSide, boolean unread) {

    public ThreadState state() {
        return ThreadState.after(lastAuthorSide);
    }
}
