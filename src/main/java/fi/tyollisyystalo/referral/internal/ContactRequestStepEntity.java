package fi.tyollisyystalo.referral.internal;

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

import fi.tyollisyystalo.referral.RequestStep;

/** One step in a contact request's handling (Flyway V016). */
@Entity
@Table(name = "contact_request_step")
public class ContactRequestStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestStep step = RequestStep.SENT;

    @Column(name = "actor_id", nullable = false)
    private String actorId = "";

    @Column(name = "actor_name")
    private @Nullable String actorName;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt = Instant.EPOCH;

    @Column(columnDefinition = "TEXT")
    private @Nullable String note;

    protected ContactRequestStepEntity() {
    }

    public ContactRequestStepEntity(long requestId, RequestStep step, String actorId, @Nullable String actorName,
            Instant takenAt, @Nullable String note) {
        this.requestId = requestId;
        this.step = step;
        this.actorId = actorId;
        this.actorName = actorName;
        this.takenAt = takenAt;
        this.note = note;
    }

    public RequestStep step() {
        return step;
    }

    public @Nullable String actorName() {
        return actorName;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public @Nullable String note() {
        return note;
    }
}
