package fi.tyollisyystalo.healthcheck.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.healthcheck.HealthCheckStatus;
import fi.tyollisyystalo.identity.ConsentKind;
import fi.tyollisyystalo.identity.ConsentRecord;
import fi.tyollisyystalo.identity.ConsentScope;
import fi.tyollisyystalo.identity.Consents;

/**
 * Reads and writes health checks; share consents live in identity's {@link Consents} (one consent record
 * type for the whole service). Callers do the access checks and auditing.
 */
@Component
public class HealthCheckStore {

    private final HealthCheckRepository checks;
    private final Consents consents;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    HealthCheckStore(HealthCheckRepository checks, Consents consents) {
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

    /** The newest {@code limit} submitted checks shared with the team by a consent in force (asked by staff). */
    public List<HealthCheckEntity> shared(int limit) {
        var ids = consents.subjectsInForce(ConsentKind.HEALTH_CHECK_SHARE);
        return ids.isEmpty() ? List.of()
                : checks.findShared(ids, org.springframework.data.domain.PageRequest.of(0, limit));
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

    /** The resident's own consent in force that shares this one check, if any (asked as the resident). */
    public Optional<ConsentRecord> myActiveConsent(HealthCheckEntity check) {
        return consents.myConsent(ConsentKind.HEALTH_CHECK_SHARE, check.id());
    }

    /** The consent in force that shares this one check with the team, if any (asked by staff). */
    public Optional<ConsentRecord> activeConsent(HealthCheckEntity check) {
        return consents.inForce(ConsentKind.HEALTH_CHECK_SHARE, check.id());
    }

    /** The ids of the signed-in resident's checks that are shared now. */
    public java.util.Set<Long> mySharedCheckIds() {
        return consents.mySubjectsInForce(ConsentKind.HEALTH_CHECK_SHARE);
    }

    public ConsentRecord giveConsent(HealthCheckEntity check, String version) {
        return consents.give(ConsentKind.HEALTH_CHECK_SHARE, check.id(), version, ConsentScope.TEAM);
    }

    public void revokeConsent(HealthCheckEntity check) {
        consents.withdraw(ConsentKind.HEALTH_CHECK_SHARE, check.id());
    }
}
