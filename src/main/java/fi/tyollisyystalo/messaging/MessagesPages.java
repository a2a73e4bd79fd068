package fi.tyollisyystalo.messaging;

/**
 * Addresses of the secure messages' pages for other modules' links (the lead's worklist links to a
 * thread); the views' {@code @Route}s use these constants. Paths are without the leading slash.
 */
public final class MessagesPages {

    /** The resident's threads and the form for a new message to the team. */
    public static final String MINE = "messages";
    /** The team's inbox. */
    public static final String TEAM = "staff/messages";

    private MessagesPages() {
    }

    /** The resident's own thread. */
    public static String mine(long threadId) {
        return MINE + "/" + threadId;
    }

    /** A thread as the team reads it. */
    public static String team(long threadId) {
        return TEAM + "/" + threadId;
    }
}
