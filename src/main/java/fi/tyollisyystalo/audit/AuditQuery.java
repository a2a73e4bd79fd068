package fi.tyollisyystalo.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Filters of the administrator's audit search; every field is optional. */
public record AuditQuery(@Nullable Long subjectPersonId, @Nullable String actorText, @Nullable Instant from,
        @Nullable Instant to) {
}
