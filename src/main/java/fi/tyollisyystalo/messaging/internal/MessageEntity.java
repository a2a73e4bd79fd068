package fi.tyollisyystalo.messaging.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.tyollisyystalo.messaging.Side;

/** One message of a thread (Flyway V017); never changed once sent. */
@Entity
@Table(name = "message")
public class MessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private long threadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Side side = Side.RESIDENT;

    @Column(name = "author_name", length = 200, updatable = false)
    private @Nullable String authorName;

    @Column(name = "staff_subject", length = 200, updatable = false)
    private @Nullable String staffSubject;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String body = "";

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt = Instant.EPOCH;

    protected MessageEntity() {
    }

    public static MessageEntity byResident(long threadId, String body, Instant at) {
        return of(threadId, Side.RESIDENT, null, null, body, at);
    }

    public static MessageEntity byTeam(long threadId, String authorName, String staffSubject, String body, Instant at) {
        return of(threadId, Side.TEAM, authorName, staffSubject, body, at);
    }

    private static MessageEntity of(long threadId, Side side, @Nullable String authorName,
            @Nullable String staffSubject, String body, Instant at) {
        MessageEntity m = new MessageEntity();
        m.threadId = threadId;
        m.side = side;
        m.authorName = authorName;
        m.staffSubject = staffSubject;
        m.body = body;
        m.sentAt = at;
        return m;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long threadId() {
        return threadId;
    }

    public Side side() {
        return side;
    }

    public @Nullable String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
