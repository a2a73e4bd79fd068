package fi.tyollisyystalo.referral;

/** A step in a contact request's handling; each is recorded and published as {@link ContactRequestStepTaken}. */
public enum RequestStep {
    /** The request arrived (from the form or the health check). */
    SENT,
    /** A team member took it (assigned to themself or a colleague). */
    ASSIGNED,
    /** The team reached the resident by phone; counts as a contact. */
    PHONE_CONTACT,
    /** The team answered by secure message. */
    REPLIED,
    /** The team asked the resident for more information. */
    ASKED_MORE,
    /** The resident answered the team. */
    RESIDENT_ANSWERED,
    /** Guided to a better service, with an explanation. */
    REDIRECTED,
    /** Taken into the coordinator service. */
    ACCEPTED,
    /** Closed with a reason. */
    CLOSED
}
