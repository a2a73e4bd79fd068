package fi.tyollisyystalo.healthcheck.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resident's consent to share one health check result with the work-ability team, until revoked. */
@Entity
@Table(name = "health_check_share_consent")
public class ShareConsentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    /** The one result shared; null only on a pre-V009 consent that covered no submitted check. */
    @Column(name = "health_check_id", updatable = false)
    private @Nullable Long healthCheckId;

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

    ShareConsentEntity(long personId, long healthCheckId, String consentVersion, Instant givenAt) {
        this.personId = personId;
        this.healthCheckId = healthCheckId;
        this.consentVersion = consentVersion;
        this.givenAt = givenAt;
    }

    public long personId() {
        return personId;
    }

    public @Nullable Long healthCheckId() {
        return healthCheckId;
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
