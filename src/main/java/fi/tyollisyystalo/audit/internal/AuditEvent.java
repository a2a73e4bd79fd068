package fi.tyollisyystalo.audit.internal;

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

import fi.tyollisyystalo.audit.Actor;
import fi.tyollisyystalo.audit.AuditAction;

/** One row of the append-only audit table (the database refuses updates and deletes). */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false, updatable = false, length = 16)
    private Actor.Type actorType;

    @Column(name = "actor_id", nullable = false, updatable = false, length = 200)
    private String actorId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
    private String actorName;

    @Column(name = "actor_role", nullable = false, updatable = false, length = 40)
    private String actorRole;

    @Column(name = "subject_person_id", updatable = false)
    private @Nullable Long subjectPersonId;

    @Column(name = "object_type", nullable = false, updatable = false, length = 60)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = 100)
    private @Nullable String objectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditAction action;

    @Column(nullable = false, updatable = false, length = 500)
    private String purpose;

    @Column(name = "request_id", nullable = false, updatable = false, length = 40)
    private String requestId;

    @SuppressWarnings("NullAway.Init")
    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Actor actor, @Nullable Long subjectPersonId, String objectType,
            @Nullable String objectId, AuditAction action, String purpose, String requestId) {
        this.occurredAt = occurredAt;
        this.actorType = actor.type();
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.actorRole = actor.role();
        this.subjectPersonId = subjectPersonId;
        this.objectType = objectType;
        this.objectId = objectId;
        this.action = action;
        this.purpose = purpose;
        this.requestId = requestId;
    }

    @Nullable Long id() {
        return id;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    Actor actor() {
        return new Actor(actorType, actorId, actorName, actorRole);
    }

    @Nullable Long subjectPersonId() {
        return subjectPersonId;
    }

    String objectType() {
        return objectType;
    }

    @Nullable String objectId() {
        return objectId;
    }

    AuditAction action() {
        return action;
    }

    String purpose() {
        return purpose;
    }

    String requestId() {
        return requestId;
    }
}
