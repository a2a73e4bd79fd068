package fi.tyollisyystalo.booking;

/** The secure message that carries an offer's link to the client: its subject and body, in the staff's words. */
public record OfferMessage(String subject, String body) {
}
