package fi.tyollisyystalo.booking;

/** Where an appointment stands. Only a BOOKED appointment holds its time. */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED,
    DONE,
    NO_SHOW;

    /** Whether the appointment still holds its time. DONE and NO_SHOW keep the past time as it was. */
    public boolean holdsTime() {
        return this != CANCELLED;
    }
}
