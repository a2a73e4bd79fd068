package fi.tyollisyystalo.notification;

/**
 * Queues notices. A feature calls it inside the transaction of the change the notice is about: the
 * notice is stored with the change or not at all, and the outbox job sends it after commit.
 */
public interface Notices {

    /**
     * Queues a notice of {@code kind} to the person on every channel they consented to (e-mail, SMS).
     * Nothing is queued for a person who has not consented. Returns how many channels were queued.
     */
    int notify(long personId, NoticeKind kind);
}
