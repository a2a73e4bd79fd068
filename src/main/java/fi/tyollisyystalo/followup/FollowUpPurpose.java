package fi.tyollisyystalo.followup;

/**
 * Why a resident is asked to answer a follow-up; the invitation's reference id names the thing it is about. Each
 * purpose is a "wave" of the statistics (invited, reminded, answered, rate).
 */
public enum FollowUpPurpose {
    /** Before an interim evaluation of the resident's case; the reference is the evaluation's id. */
    CASE_EVALUATION,
    /** The outcome questionnaire (PROM, form {@link FollowUpForms#PROM}) at the start of the service; the case's id. */
    PROM_START,
    /** The outcome questionnaire about six months after the start, also when the case has closed; the case's id. */
    PROM_FOLLOW_UP,
    /** The client-experience questionnaire (PREM, form {@link FollowUpForms#PREM}) after a visit; the appointment's id. */
    PREM_VISIT,
    /** The client-experience questionnaire at the end of the service; the case's id. */
    PREM_END
}
