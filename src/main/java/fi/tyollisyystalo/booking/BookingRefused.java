package fi.tyollisyystalo.booking;

/**
 * A booking, move or cancel that cannot be done, with the reason as a translation key
 * ({@code booking.refused.<REASON>}); the page says it and keeps what the person chose.
 */
public class BookingRefused extends RuntimeException {

    public enum Reason {
        /** Someone else booked the time (or an overlapping one) a moment earlier. */
        TAKEN,
        /** The time is no longer offered: outside the hours, too soon, too far ahead, or on an absence. */
        NOT_OFFERED,
        /** The appointment changed meanwhile (another tab, a replayed request): reload and try again. */
        CHANGED,
        /** Residents can change or cancel only until the limit before the start; the team can still help. */
        TOO_LATE,
        /** A phone meeting needs a valid number to call. */
        PHONE,
        /** This type is not booked this way (by the resident, in this way). */
        NOT_ALLOWED,
        /** Very many bookings at once: nothing was booked; try again in a moment. */
        BUSY,
        /** A time kept for the resident (an earlier time, an offer) is no longer kept or was already used. */
        GONE
    }

    private final Reason reason;

    public BookingRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "booking.refused." + reason.name();
    }
}
