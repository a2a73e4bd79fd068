package fi.tyollisyystalo.notification.internal;

/** How a notice travels. */
public enum Channel {
    EMAIL, SMS
}
