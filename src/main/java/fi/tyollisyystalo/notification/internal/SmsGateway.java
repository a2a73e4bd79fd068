package fi.tyollisyystalo.notification.internal;

/**
 * Sends a text message. The product has no SMS provider yet: {@link LoggingSmsGateway} writes a line to
 * the log instead. A county plugs its provider in with a bean of this type; a failure is an exception,
 * and the outbox tries again later.
 */
public interface SmsGateway {

    void send(String phoneNumber, String text);
}
