package fi.tyollisyystalo.referral;

import java.util.EnumSet;
import java.util.Set;

/** Where a contact request stands. The worklist shows the open ones; an answer is due while the team holds the turn. */
public enum ContactStatus {
    /** Arrived, nobody has answered yet. */
    NEW,
    /** The resident answered: the team's turn again. */
    WAITING_FOR_TEAM,
    /** The team asked or answered: the resident's turn. */
    WAITING_FOR_RESIDENT,
    /** The team has reached the resident (e.g. by phone) and decides the next step; the answer target is met. */
    IN_CONTACT,
    /** Taken into the coordinator service (a case opens from it). */
    ACCEPTED,
    /** Guided to a better service with an explanation. */
    REDIRECTED,
    /** Closed with a reason. */
    CLOSED;

    private static final Set<ContactStatus> OPEN = EnumSet.of(NEW, WAITING_FOR_TEAM, WAITING_FOR_RESIDENT, IN_CONTACT);

    public static Set<ContactStatus> open() {
        return OPEN;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The team owes an answer: the answer target counts. */
    public boolean teamsTurn() {
        return this == NEW || this == WAITING_FOR_TEAM;
    }
}
