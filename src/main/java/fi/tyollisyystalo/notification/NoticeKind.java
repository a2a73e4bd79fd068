package fi.tyollisyystalo.notification;

/**
 * What happened, in words that reveal nothing but that there is something to read. The texts are
 * {@code notice.<kind>.subject} and {@code notice.<kind>.body} in the person's language.
 */
public enum NoticeKind {
    /** The work-ability team received the resident's contact request. */
    CONTACT_REQUEST_RECEIVED,
    /** A new secure message waits. */
    NEW_MESSAGE,
    /** An appointment was booked, moved or cancelled. */
    APPOINTMENT_CHANGED,
    /** An appointment is coming (a reminder at a configured time before it). */
    APPOINTMENT_REMINDER,
    /** A time the resident asked to get earlier has come free and is kept for them for a while. */
    WAITLIST_OFFER,
    /** The shared plan changed. */
    PLAN_UPDATED,
    /** A follow-up questionnaire waits for the resident's answers (e.g. before an interim evaluation). */
    FOLLOW_UP_INVITED,
    /** A follow-up questionnaire still waits for the resident's answers (7 and 14 days after the invitation). */
    FOLLOW_UP_REMINDER;

    public String key() {
        return "notice." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
