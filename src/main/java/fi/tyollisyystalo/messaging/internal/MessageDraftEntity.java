package fi.tyollisyystalo.messaging.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The reply one author is writing in a thread (Flyway V017). */
@Entity
@Table(name = "message_draft")
public class MessageDraftEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private long threadId;

    @Column(name = "author_key", nullable = false, length = 210, updatable = false)
    private String authorKey = "";

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String body = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected MessageDraftEntity() {
    }

    public static MessageDraftEntity of(long threadId, String authorKey) {
        MessageDraftEntity d = new MessageDraftEntity();
        d.threadId = threadId;
        d.authorKey = authorKey;
        return d;
    }

    public void update(String body, Instant at) {
        this.body = body;
        this.updatedAt = at;
    }

    public String body() {
        return body;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
