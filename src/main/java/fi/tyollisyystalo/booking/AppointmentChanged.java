package fi.tyollisyystalo.booking;

import java.time.Instant;

/**
 * Published at every booking, move, cancel, done and no-show, for statistics: what kind of appointment, with
 * which staff role and staff member (their team is counted), for which client (visits per client), when it
 * starts, in which way, and who made the change. No free text.
 */
public record AppointmentChanged(long appointmentId, Change change, String typeCode, String staffRole, Way way,
        boolean byStaff, Instant at, long personId, String staffSubject, Instant startsAt) {

    public enum Change {
        BOOKED,
        MOVED,
        CANCELLED,
        DONE,
        NO_SHOW
    }
}
