package fi.tyollisyystalo.notification.internal;

/** PENDING until sent; SKIPPED when the consent or address was gone at sending; FAILED after the last retry. */
public enum OutboxStatus {
    PENDING, SENT, SKIPPED, FAILED
}
