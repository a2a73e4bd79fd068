package fi.tyollisyystalo.booking;

/** How the meeting happens. The text is {@code booking.way.<NAME>}. */
public enum Way {
    IN_PERSON,
    PHONE,
    VIDEO
}
