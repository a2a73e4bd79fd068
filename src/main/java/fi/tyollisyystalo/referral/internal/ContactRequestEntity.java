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

import fi.tyollisyystalo.referral.ContactSource;
import fi.tyollisyystalo.referral.ContactStatus;

/** A resident's request to be contacted by the work-ability team (Flyway V011). */
@Entity
@Table(name = "contact_request")
public class ContactRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ContactSource source;

    @Column(name = "health_check_id")
    private @Nullable Long healthCheckId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    protected ContactRequestEntity() {
        this.source = ContactSource.HEALTH_CHECK;
        this.status = ContactStatus.NEW;
        this.receivedAt = Instant.EPOCH;
        this.dueAt = Instant.EPOCH;
    }

    public static ContactRequestEntity fromHealthCheck(long personId, long healthCheckId, Instant at, Instant due) {
        ContactRequestEntity e = new ContactRequestEntity();
        e.personId = personId;
        e.healthCheckId = healthCheckId;
        e.source = ContactSource.HEALTH_CHECK;
        e.status = ContactStatus.NEW;
        e.receivedAt = at;
        e.dueAt = due;
        return e;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long personId() {
        return personId;
    }

    public ContactSource source() {
        return source;
    }

    public @Nullable Long healthCheckId() {
        return healthCheckId;
    }

    public ContactStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
