package fi.tyollisyystalo.servicemap.internal.ptv;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A change from PTV to a published service, waiting for an editor (one per service, the newest). */
@Entity
@Table(name = "ptv_pending_change")
class PtvPendingEntity {

    @Id
    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "ptv_id", nullable = false, length = 64)
    private String ptvId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String snapshot;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @SuppressWarnings("NullAway.Init")
    protected PtvPendingEntity() {
    }

    PtvPendingEntity(long serviceId, String ptvId) {
        this.serviceId = serviceId;
        this.ptvId = ptvId;
        this.snapshot = "";
        this.receivedAt = Instant.EPOCH;
    }

    void offer(long organisationId, String snapshot, Instant now) {
        this.organisationId = organisationId;
        this.snapshot = snapshot;
        this.receivedAt = now;
    }

    long serviceId() {
        return serviceId;
    }

    long organisationId() {
        return organisationId;
    }

    String snapshot() {
        return snapshot;
    }

    Instant receivedAt() {
        return receivedAt;
    }
}
