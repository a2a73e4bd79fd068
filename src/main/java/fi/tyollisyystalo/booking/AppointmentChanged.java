package fi.tyollisyystalo.booking;

import java.time.Instant;

/**
 * Published at every booking, move, cancel, done and no-show, for statistics: what kind of appointment, with
 * which staff role, in which way, and who made the change. No person and no free text.
 */
public record AppointmentChanged(long appointmentId, Change change, String typeCode, String staffRole, Way way,
        boolean byStaff, Instant at) {

    public enum Change {
        BOOKED,
        MOVED,
        CANCELLED,
        DONE,
        NO_SHOW
    }
}
