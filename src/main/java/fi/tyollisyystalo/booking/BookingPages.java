package fi.tyollisyystalo.booking;

/** Addresses of the booking pages, for links from other modules; paths are without the leading slash. */
public final class BookingPages {

    /** The resident's appointments. */
    public static final String MINE = "appointments";
    /** The resident books a time. */
    public static final String BOOK = "appointments/book";
    /** The resident picks one of the times staff offered; followed by the offer's id. */
    public static final String OFFER = "appointments/offer";
    /** The staff member's calendar (own or a colleague's, day or week). */
    public static final String CALENDAR = "staff/calendar";
    /** Staff book a time for a client. */
    public static final String STAFF_BOOK = "staff/calendar/book";
    /** Editors and managers: the appointment types. */
    public static final String TYPES = "staff/appointment-types";
    /** Staff: one appointment, followed by its id. */
    public static final String STAFF_APPOINTMENTS = "staff/appointments";
    /** Staff: weekly hours and absences. */
    public static final String AVAILABILITY = "staff/availability";

    private BookingPages() {
    }

    /** One of the resident's own appointments. */
    public static String mine(long appointmentId) {
        return MINE + "/" + appointmentId;
    }

    /** Times offered to the resident, to pick one. */
    public static String offer(long offerId) {
        return OFFER + "/" + offerId;
    }

    /** An appointment as staff see it. */
    public static String staff(long appointmentId) {
        return STAFF_APPOINTMENTS + "/" + appointmentId;
    }
}
