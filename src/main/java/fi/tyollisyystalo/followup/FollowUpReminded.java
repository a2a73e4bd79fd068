package fi.tyollisyystalo.followup;

import java.time.Instant;

/**
 * A resident who had not answered was reminded of a follow-up: {@code reminder} 1 (7 days after the invitation)
 * or 2 (14 days). No reminder is sent once the follow-up is answered.
 */
public record FollowUpReminded(long followUpId, long personId, String formId, FollowUpPurpose purpose,
        int reminder, Instant remindedAt) {
}
