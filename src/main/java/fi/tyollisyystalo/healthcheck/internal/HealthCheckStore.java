package fi.tyollisyystalo.healthcheck.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.healthcheck.HealthCheckStatus;

/** Reads and writes health checks and share consents; callers do the access checks and auditing. */
@Component
public class HealthCheckStore {

    private final HealthCheckRepository checks;
    private final ShareConsentRepository consents;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    HealthCheckStore(HealthCheckRepository checks, ShareConsentRepository consents) {
        this.checks = checks;
        this.consents = consents;
    }

    public Optional<HealthCheckEntity> find(long id) {
        return checks.findById(id);
    }

    public Optional<HealthCheckEntity> draftOf(long personId) {
        return checks.findFirstByPersonIdAndStatusOrderByUpdatedAtDesc(personId, HealthCheckStatus.DRAFT);
    }

    public List<HealthCheckEntity> submittedOf(long personId) {
        return checks.findByPersonIdAndStatusOrderBySubmittedAtDesc(personId, HealthCheckStatus.SUBMITTED);
    }

    /** The newest {@code limit} submitted checks shared with the team by a consent in force. */
    public List<HealthCheckEntity> shared(int limit) {
        return checks.findShared(org.springframework.data.domain.PageRequest.of(0, limit));
    }

    public HealthCheckEntity create(long personId, String questionnaireId, int version, Instant now) {
        return checks.save(new HealthCheckEntity(personId, questionnaireId, version, now));
    }

    public void answer(HealthCheckEntity check, String questionId, String value, String section, Instant now) {
        check.answer(questionId, value, section, now);
    }

    public void moveTo(HealthCheckEntity check, String section, Instant now) {
        check.moveTo(section, now);
    }

    public void submit(HealthCheckEntity check, int age, HealthCheckResult result, Instant now) {
        check.submit(age, json.writeValueAsString(result), now);
    }

    public HealthCheckResult resultOf(HealthCheckEntity check) {
        String stored = check.resultJson();
        if (stored == null) {
            throw new IllegalStateException("Health check " + check.id() + " has no result");
        }
        return json.readValue(stored, HealthCheckResult.class);
    }

    /** The consent in force that shares this one check, if any. */
    public Optional<ShareConsentEntity> activeConsent(HealthCheckEntity check) {
        return consents.findFirstByHealthCheckIdAndRevokedAtIsNullOrderByGivenAtDesc(check.id());
    }

    /** The ids of the person's checks that are shared now. */
    public java.util.Set<Long> sharedCheckIds(long personId) {
        return consents.findByPersonIdAndRevokedAtIsNullAndHealthCheckIdIsNotNull(personId).stream()
                .map(ShareConsentEntity::healthCheckId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    public ShareConsentEntity giveConsent(HealthCheckEntity check, String version, Instant now) {
        return consents.save(new ShareConsentEntity(check.personId(), check.id(), version, now));
    }

    public void revokeConsent(ShareConsentEntity consent, Instant now) {
        consent.revoke(now);
    }
}
