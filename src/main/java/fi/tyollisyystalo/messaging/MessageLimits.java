package fi.tyollisyystalo.messaging;

/** The limits of a message, shared by the service (which enforces them) and the fields (which show them). */
public final class MessageLimits {

    /** Longest subject, in characters. */
    public static final int SUBJECT_MAX = 200;
    /** Longest message, in characters. */
    public static final int BODY_MAX = 10_000;
    /** Longest draft kept: more than a message may be, so that text over the limit is not lost. */
    public static final int DRAFT_MAX = 100_000;
    /** Most files with one message. */
    public static final int ATTACHMENTS_MAX = 5;

    private MessageLimits() {
    }

    /** Characters as a person counts them (an emoji is one), for the limits and the fields' counters. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
