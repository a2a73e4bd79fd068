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

/** A thread between one resident and the team (Flyway V017). */
@Entity
@Table(name = "message_thread")
public class MessageThreadEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(nullable = false, length = 200)
    private String subject = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_author_side", nullable = false, length = 10)
    private Side lastAuthorSide = Side.RESIDENT;

    @Column(name = "resident_read_at")
    private @Nullable Instant residentReadAt;

    @Column(name = "team_read_at")
    private @Nullable Instant teamReadAt;

    protected MessageThreadEntity() {
    }

    public static MessageThreadEntity start(long personId, String subject, Instant at) {
        MessageThreadEntity t = new MessageThreadEntity();
        t.personId = personId;
        t.subject = subject;
        t.createdAt = at;
        t.lastMessageAt = at;
        return t;
    }

    /** A message was written: the writer's side has read everything up to it. */
    public void written(Side side, Instant at) {
        lastMessageAt = at;
        lastAuthorSide = side;
        markRead(side, at);
    }

    public void markRead(Side side, Instant at) {
        if (side == Side.RESIDENT) {
            residentReadAt = at;
        } else {
            teamReadAt = at;
        }
    }

    /** The other side wrote last and {@code side} has not opened the thread since. */
    public boolean unreadFor(Side side) {
        if (lastAuthorSide == side) {
            return false;
        }
        Instant read = side == Side.RESIDENT ? residentReadAt : teamReadAt;
        return read == null || read.isBefore(lastMessageAt);
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long personId() {
        return personId;
    }

    public String subject() {
        return subject;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }

    public Side lastAuthorSide() {
        return lastAuthorSide;
    }
}
