package fi.tyollisyystalo.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One consent a resident gave: what (kind, and the one thing it covers, e.g. a health check), which
 * version of the consent text they saw, who it lets in, when it was given and when withdrawn.
 */
public record ConsentRecord(long id, long personId, ConsentKind kind, @Nullable Long subjectId, String textVersion,
        ConsentScope scope, Instant givenAt, @Nullable Instant withdrawnAt) {

    public boolean inForce() {
        return withdrawnAt == null;
    }
}
