package fi.tyollisyystalo.messaging;

/** Whose turn it is in a thread, from the side that wrote last. */
public enum ThreadState {
    /** The team wrote last: the resident is expected to answer (or to read). */
    WAITING_FOR_RESIDENT,
    /** The resident wrote last: the team answers. */
    WAITING_FOR_TEAM;

    public static ThreadState after(Side lastAuthor) {
        return lastAuthor == Side.TEAM ? WAITING_FOR_RESIDENT : WAITING_FOR_TEAM;
    }
}
