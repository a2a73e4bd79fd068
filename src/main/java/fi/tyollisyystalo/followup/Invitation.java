package fi.tyollisyystalo.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One invitation to answer a follow-up: which form version, why and about what ({@code referenceId}, e.g. the
 * interim evaluation), when invited and when answered (null while open).
 */
public record Invitation(long id, long personId, String formId, int formVersion, FollowUpPurpose purpose,
        long referenceId, Instant invitedAt, @Nullable Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
