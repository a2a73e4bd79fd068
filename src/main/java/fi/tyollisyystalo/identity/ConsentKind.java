package fi.tyollisyystalo.identity;

/** What a resident consents to. Texts: {@code consent.kind.<KIND>} and {@code consent.kind.<KIND>.text}. */
public enum ConsentKind {
    /** One health check result (the subject) may be read by the work-ability team. */
    HEALTH_CHECK_SHARE,
    /** Notices ("you have a new message") may be sent to the e-mail address and phone number given. */
    NOTIFICATIONS
}
