package fi.tyollisyystalo.referral;

/** How a contact request reached the team; the statistics count contacts by it. */
public enum ContactSource {
    /** The resident ticked "I want the coordinator to contact me" in the health check. */
    HEALTH_CHECK
}
