package fi.tyollisyystalo.followup;

/** Why a resident is asked to answer a follow-up; the invitation's reference id names the thing it is about. */
public enum FollowUpPurpose {
    /** Before an interim evaluation of the resident's case; the reference is the evaluation's id. */
    CASE_EVALUATION
}
