package fi.tyollisyystalo.notification.internal;

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

import fi.tyollisyystalo.notification.NoticeKind;

/** One notice on one channel in the outbox (Flyway V013). */
@Entity
@Table(name = "notification_outbox")
public class OutboxNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NoticeKind kind = NoticeKind.NEW_MESSAGE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel = Channel.EMAIL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt = Instant.EPOCH;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    /** The time the notice is about (an appointment's start), shown in the text; null for most kinds. */
    @Column(name = "about_time")
    private @Nullable Instant aboutTime;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "last_error", length = 200)
    private @Nullable String lastError;

    protected OutboxNotice() {
    }

    static OutboxNotice pending(long personId, NoticeKind kind, Channel channel, @Nullable Instant about,
            Instant now) {
        OutboxNotice n = new OutboxNotice();
        n.aboutTime = about;
        n.personId = personId;
        n.kind = kind;
        n.channel = channel;
        n.createdAt = now;
        n.nextAttemptAt = now;
        return n;
    }

    @Nullable
    Instant aboutTime() {
        return aboutTime;
    }

    void sent(Instant at) {
        status = OutboxStatus.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    void skipped() {
        status = OutboxStatus.SKIPPED;
    }

    /** A failed try: again at {@code retryAt}, or given up when there is none. */
    void failed(String error, @Nullable Instant retryAt) {
        attempts++;
        lastError = error.length() > 200 ? error.substring(0, 200) : error;
        if (retryAt == null) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    void postpone(Instant until) {
        nextAttemptAt = until;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long personId() {
        return personId;
    }

    public NoticeKind kind() {
        return kind;
    }

    public Channel channel() {
        return channel;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
