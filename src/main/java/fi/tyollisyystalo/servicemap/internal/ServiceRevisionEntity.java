package fi.tyollisyystalo.servicemap.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved version of a service in its edit history. */
@Entity
@Table(name = "service_revision")
class ServiceRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "service_id", nullable = false, updatable = false)
    private long serviceId;

    @Column(nullable = false, updatable = false, length = 20)
    private String action;

    @Column(name = "editor_subject", nullable = false, updatable = false, length = 200)
    private String editorSubject;

    @Column(name = "editor_name", nullable = false, updatable = false, length = 200)
    private String editorName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String snapshot;

    @SuppressWarnings("NullAway.Init")
    protected ServiceRevisionEntity() {
    }

    ServiceRevisionEntity(long serviceId, String action, String editorSubject, String editorName, Instant occurredAt,
            String snapshot) {
        this.serviceId = serviceId;
        this.action = action;
        this.editorSubject = editorSubject;
        this.editorName = editorName;
        this.occurredAt = occurredAt;
        this.snapshot = snapshot;
    }

    String action() {
        return action;
    }

    String editorName() {
        return editorName;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
