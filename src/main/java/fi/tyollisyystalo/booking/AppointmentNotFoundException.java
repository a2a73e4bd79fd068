package fi.tyollisyystalo.booking;

/** No such appointment, or not the signed-in resident's own: the same answer for both. */
public class AppointmentNotFoundException extends RuntimeException {

    public AppointmentNotFoundException() {
        super("appointment not found");
    }
}
