package fi.tyollisyystalo.booking;

/** Who may book an appointment type. */
public enum BookedBy {
    /** The resident books it directly (e.g. the nurse's health-check visit). */
    RESIDENT,
    /** The resident books only a time a coordinator offered in a message. */
    OFFER,
    /** Only staff book it (e.g. an interim evaluation). */
    STAFF
}
