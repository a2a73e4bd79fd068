package fi.tyollisyystalo.followup;

import java.time.Instant;

/** A resident was invited to answer a follow-up (for the statistics' waves: invited, reminded, answered). */
public record FollowUpInvited(long followUpId, long personId, String formId, FollowUpPurpose purpose,
        long referenceId, Instant invitedAt) {
}
