package fi.tyollisyystalo.healthcheck;

import fi.tyollisyystalo.questionnaire.Questionnaire;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckEntity;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckProperties;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckStore;
import fi.tyollisyystalo.healthcheck.internal.QuestionnaireRegistry;
import fi.tyollisyystalo.healthcheck.internal.scoring.HealthCheckScorer;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.PersonService;

/**
 * What the resident's and the staff's health-check services share: the ownership guard ("missing"
 * and "not yours" look the same), reading a check by its own questionnaire version, and the
 * resident's own-data audit entry. Package-private, so only the services reach it and their access
 * rules stay the only way in.
 */
@Component
class HealthCheckAccess {


    private final HealthCheckStore store;
    private final QuestionnaireRegistry questionnaires;
    private final HealthCheckProperties properties;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    HealthCheckAccess(HealthCheckStore store, QuestionnaireRegistry questionnaires, HealthCheckProperties properties,
            CurrentUser currentUser, AuditLog auditLog) {
        this.store = store;
        this.questionnaires = questionnaires;
        this.properties = properties;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** One of the signed-in resident's submitted checks. */
    HealthCheckEntity ownSubmitted(long id) {
        long me = currentUser.requirePersonId();
        return store.find(id).filter(c -> c.personId() == me && c.status() == HealthCheckStatus.SUBMITTED)
                .orElseThrow(() -> new HealthCheckNotFoundException(id));
    }

    /** One of the signed-in resident's unfinished checks. */
    HealthCheckEntity ownDraft(long id) {
        long me = currentUser.requirePersonId();
        return store.find(id).filter(c -> c.personId() == me && c.status() == HealthCheckStatus.DRAFT)
                .orElseThrow(() -> new HealthCheckNotFoundException(id));
    }

    Questionnaire questionnaireOf(HealthCheckEntity check) {
        return questionnaires.version(check.questionnaireId(), check.questionnaireVersion()).orElseThrow(
                () -> new IllegalStateException("Questionnaire " + check.questionnaireId() + " v"
                        + check.questionnaireVersion() + " is no longer installed"));
    }

    DraftCheck draft(HealthCheckEntity check) {
        Questionnaire q = questionnaireOf(check);
        return new DraftCheck(check.id(), q, q.sections(properties.features()), Map.copyOf(check.answers()),
                check.currentSection(), check.startedAt(), check.updatedAt());
    }

    SubmittedCheck submitted(HealthCheckEntity check) {
        Questionnaire q = questionnaireOf(check);
        Instant at = check.submittedAt() == null ? check.updatedAt() : check.submittedAt();
        return new SubmittedCheck(check.id(), check.personId(), at, q, q.sections(properties.features()),
                HealthCheckScorer.askedAnswers(q, properties.features(), check.answers()), store.resultOf(check));
    }

    /** The resident's own-data entry for one check. */
    void audit(HealthCheckEntity check, AuditAction action) {
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(action, ResidentHealthChecks.OBJECT,
                String.valueOf(check.id())).of(check.personId()).because(Purpose.OWN_DATA));
    }
}
