package fi.tyollisyystalo.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A stored audit record as read back. */
public record AuditRecord(long id, Instant occurredAt, Actor actor, @Nullable Long subjectPersonId, String objectType,
        @Nullable String objectId, AuditAction action, String purpose, String requestId) {
}
