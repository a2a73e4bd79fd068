package fi.tyollisyystalo.messaging;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One message of a thread.
 *
 * @param authorName the staff member's name for a team message; null for the resident's own
 */
public record Message(long id, Side side, @Nullable String authorName, String body, Instant sentAt,
        List<AttachmentInfo> attachments) {
}
