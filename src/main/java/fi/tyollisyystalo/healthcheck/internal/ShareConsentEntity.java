package fi.tyollisyystalo.healthcheck.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resident's consent to share health check results with the work-ability team, until revoked. */
@Entity
@Table(name = "health_check_share_consent")
public class ShareConsentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "consent_version", nullable = false, updatable = false)
    private String consentVersion;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ShareConsentEntity() {
        this.consentVersion = "";
        this.givenAt = Instant.EPOCH;
    }

    ShareConsentEntity(long personId, String consentVersion, Instant givenAt) {
        this.personId = personId;
        this.consentVersion = consentVersion;
        this.givenAt = givenAt;
    }

    public long personId() {
        return personId;
    }

    public String consentVersion() {
        return consentVersion;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    void revoke(Instant at) {
        revokedAt = at;
    }
}
