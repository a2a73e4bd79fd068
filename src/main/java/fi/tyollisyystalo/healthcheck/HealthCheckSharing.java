package fi.tyollisyystalo.healthcheck;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckEntity;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckStore;
import fi.tyollisyystalo.identity.ConsentRecord;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.PersonService;

/**
 * A health check result shared with the work-ability team. The resident consents per result (the one
 * they are looking at) and can withdraw at once; client-work staff open a result only while the
 * consent to share that very result is in force, and each opening is audited. Where the consents are
 * stored is kept to the few private methods at the end.
 */
@Service
public class HealthCheckSharing {

    /** The audit object type of a share consent. */
    public static final String CONSENT_OBJECT = "HEALTH_CHECK_CONSENT";
    /** Version of the share consent text ({@code hc.consent.text}); change it when the text changes. */
    public static final String SHARE_CONSENT_VERSION = "2026-12-1";
    /** The audit purpose of staff reading shared results. */
    /** The team's list shows the newest shared results. */
    private static final int SHARED_LIST_LIMIT = 200;

    private final HealthCheckStore store;
    private final HealthCheckAccess access;
    private final CurrentUser currentUser;
    private final PersonService persons;
    private final AuditLog auditLog;
    private final Clock clock;

    HealthCheckSharing(HealthCheckStore store, HealthCheckAccess access, CurrentUser currentUser,
            PersonService persons, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.access = access;
        this.currentUser = currentUser;
        this.persons = persons;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Whether this one of the resident's results is shared with the team, since when. */
    @Transactional
    @ResidentOnly
    public ShareConsent myShareConsent(long checkId) {
        HealthCheckEntity check = access.ownSubmitted(checkId);
        auditConsent(check, AuditAction.READ);
        return myConsentInForce(check).map(HealthCheckSharing::consent).orElse(ShareConsent.NONE);
    }

    /**
     * The resident consents to share this one result (the one they are looking at) with the
     * work-ability team, by the current text version; their other results stay their own.
     */
    @Transactional
    @ResidentOnly
    public ShareConsent shareWithTeam(long checkId) {
        HealthCheckEntity check = access.ownSubmitted(checkId);
        ConsentRecord c = myConsentInForce(check).orElseGet(() -> giveConsent(check));
        auditConsent(check, AuditAction.CREATE);
        return consent(c);
    }

    /** Withdraws the consent to share this result at once: from now on staff can't open it. */
    @Transactional
    @ResidentOnly
    public void stopSharing(long checkId) {
        HealthCheckEntity check = access.ownSubmitted(checkId);
        myConsentInForce(check).ifPresent(c -> {
            withdraw(check);
            auditConsent(check, AuditAction.DELETE);
        });
    }

    /** The results the residents have each consented to share with the team, newest first (at most 200). */
    @Transactional
    @ClientWork
    public List<SharedCheck> sharedChecks() {
        List<HealthCheckEntity> checks = sharedNewestFirst();
        Map<Long, String> names = persons.clientNames(checks.stream().map(HealthCheckEntity::personId)
                .distinct().toList());
        auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(ResidentHealthChecks.OBJECT)
                .because(Purpose.SHARED_HEALTH_CHECK));
        return checks.stream().map(c -> {
            HealthCheckResult r = store.resultOf(c);
            int attention = (int) r.flags().stream().filter(f -> f.severity() != Severity.INFO).count();
            return new SharedCheck(c.id(), names.getOrDefault(c.personId(), ""), c.submittedAt(), r.workAbility(),
                    r.offerCoordinator(), attention, "YES".equals(c.answers().get("contact_wish")));
        }).toList();
    }

    /**
     * Urgency hints of these results for the team's worklist: only those whose share consent is in force now
     * (the others are simply left out). Each result read is audited for its resident.
     */
    @Transactional
    @ClientWork
    public Map<Long, UrgencyHint> urgencyHints(java.util.Collection<Long> checkIds) {
        Map<Long, UrgencyHint> hints = new java.util.HashMap<>();
        for (Long id : checkIds) {
            store.find(id).filter(c -> c.status() == HealthCheckStatus.SUBMITTED)
                    .filter(c -> consentInForce(c).isPresent()).ifPresent(c -> {
                        HealthCheckResult r = store.resultOf(c);
                        int attention = (int) r.flags().stream().filter(f -> f.severity() != Severity.INFO).count();
                        hints.put(c.id(), new UrgencyHint(c.id(), r.workAbility(), r.weakDomains().size(), attention));
                        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(ResidentHealthChecks.OBJECT,
                                c.id()).of(c.personId()).because(Purpose.SHARED_HEALTH_CHECK));
                    });
        }
        return hints;
    }

    /**
     * A shared result, only while the resident's consent to share that very result is in force (another
     * result of the same resident, shared or not, does not open it); the opening is audited.
     */
    @Transactional(noRollbackFor = HealthCheckNotFoundException.class)
    @ClientWork
    public SubmittedCheck sharedResult(long id) {
        Optional<HealthCheckEntity> found = store.find(id);
        HealthCheckEntity check = found.filter(c -> c.status() == HealthCheckStatus.SUBMITTED)
                .filter(c -> consentInForce(c).isPresent()).orElse(null);
        if (check == null) {
            // the same not-found as for a missing record, and the attempt stays on record
            var denied = AuditEntry.by(currentUser.auditActor()).did(AuditAction.DENIED, ResidentHealthChecks.OBJECT,
                    String.valueOf(id));
            auditLog.record(found.map(c -> denied.of(c.personId())).orElse(denied).because(Purpose.SHARED_HEALTH_CHECK));
            throw new HealthCheckNotFoundException(id);
        }
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(ResidentHealthChecks.OBJECT, check.id())
                .of(check.personId()).because(Purpose.SHARED_HEALTH_CHECK));
        return access.submitted(check);
    }

    /**
     * The client's newest result they have shared with the team (consent in force now), for the chart of change
     * on their case; the read is audited. Empty when none is shared.
     */
    @Transactional
    @ClientWork
    public Optional<SubmittedCheck> latestSharedOf(long personId) {
        Optional<HealthCheckEntity> found = store.submittedOf(personId).stream()
                .filter(c -> consentInForce(c).isPresent()).findFirst();
        found.ifPresent(c -> auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(ResidentHealthChecks.OBJECT,
                c.id()).of(personId).because(Purpose.SHARED_HEALTH_CHECK)));
        return found.map(access::submitted);
    }

    /** The client's name for a shared result's heading; the caller has opened the result. */
    @Transactional(readOnly = true)
    @ClientWork
    public String clientName(SubmittedCheck check) {
        return persons.clientNames(List.of(check.personId())).getOrDefault(check.personId(), "");
    }

    /**
     * The ids of the signed-in resident's results shared now, for their own list of checks (which checks
     * access and audits the read itself).
     */
    Set<Long> mySharedCheckIds() {
        return store.mySharedCheckIds();
    }

    private void auditConsent(HealthCheckEntity check, AuditAction action) {
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(action, CONSENT_OBJECT, String.valueOf(check.id()))
                .of(check.personId()).because(Purpose.OWN_DATA));
    }

    private static ShareConsent consent(ConsentRecord c) {
        return new ShareConsent(true, c.givenAt(), c.textVersion());
    }

    // Share consents are identity's consent records (kind HEALTH_CHECK_SHARE, subject = the check):
    // only these methods (and mySharedCheckIds) ask for them.

    /** Asked as the resident whose check it is. */
    private Optional<ConsentRecord> myConsentInForce(HealthCheckEntity check) {
        return store.myActiveConsent(check);
    }

    /** Asked by client-work staff. */
    private Optional<ConsentRecord> consentInForce(HealthCheckEntity check) {
        return store.activeConsent(check);
    }

    private ConsentRecord giveConsent(HealthCheckEntity check) {
        return store.giveConsent(check, SHARE_CONSENT_VERSION);
    }

    private void withdraw(HealthCheckEntity check) {
        store.revokeConsent(check);
    }

    private List<HealthCheckEntity> sharedNewestFirst() {
        return store.shared(SHARED_LIST_LIMIT);
    }
}
