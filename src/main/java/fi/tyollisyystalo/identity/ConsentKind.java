package fi.tyollisyystalo.identity;

/** What a resident consents to. Texts: {@code consent.kind.<KIND>} and {@code consent.kind.<KIND>.text}. */
public enum ConsentKind {
    /** One health check result (the subject) may be read by the work-ability team. */
    HEALTH_CHECK_SHARE,
    /** Notices ("you have a new message") may be sent to the e-mail address and phone number given. */
    NOTIFICATIONS,
    /**
     * The work-ability team may exchange information about the resident with one named organisation (the
     * subject: an id the referral feature's exchange partners define), e.g. Kela or employment services.
     */
    INFO_EXCHANGE,
    /**
     * One organisation of the resident's network (the subject: the casework feature's network entry) may see the
     * shared plan, and the team may show the entry's details and exchange information with it.
     */
    NETWORK_SHARE
}
