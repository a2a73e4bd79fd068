package fi.tyollisyystalo.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Queues notices. A feature calls it inside the transaction of the change the notice is about: the
 * notice is stored with the change or not at all, and the outbox job sends it after commit.
 */
public interface Notices {

    /**
     * Queues a notice of {@code kind} to the person on every channel they consented to (e-mail, SMS).
     * Nothing is queued for a person who has not consented. Returns how many channels were queued.
     */
    default int notify(long personId, NoticeKind kind) {
        return notify(personId, kind, null);
    }

    /**
     * As {@link #notify(long, NoticeKind)}, naming the time the notice is about (an appointment's start), which
     * the text shows as a Helsinki date and time ("ti 29.3.2027 klo 9.00") — a time, never what it is for.
     */
    int notify(long personId, NoticeKind kind, @Nullable Instant about);
}
