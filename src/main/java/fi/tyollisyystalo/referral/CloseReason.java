package fi.tyollisyystalo.referral;

/** Why a contact request was closed without taking it into the coordinator service. */
public enum CloseReason {
    /** The resident said they do not need the service now. */
    NOT_NEEDED,
    /** The resident could not be reached after several tries. */
    NOT_REACHED,
    /** The resident already has a coordinator or a similar service. */
    ALREADY_SUPPORTED,
    /** Sent twice; the other request is handled. */
    DUPLICATE,
    OTHER
}
