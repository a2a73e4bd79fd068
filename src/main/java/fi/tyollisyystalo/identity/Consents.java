package fi.tyollisyystalo.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.ReferringStaff;
import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.identity.internal.ConsentStore;

/**
 * Every consent a resident gives, in one place: the features ask here (the health check's share consent,
 * notices), the resident sees and withdraws them all in the consent centre on My page. A withdrawal works
 * at once: the next staff request finds nothing. Every change is audited.
 */
@Service
public class Consents {

    public static final String OBJECT = "CONSENT";

    private final ConsentStore store;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    Consents(ConsentStore store, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The signed-in resident's consent of this kind (and subject) in force, if any. */
    @Transactional(readOnly = true)
    @ResidentOnly
    public Optional<ConsentRecord> myConsent(ConsentKind kind, @Nullable Long subjectId) {
        return store.inForce(currentUser.requirePersonId(), kind, subjectId);
    }

    /** The subjects of this kind that the signed-in resident's consents in force cover. */
    @Transactional(readOnly = true)
    @ResidentOnly
    public Set<Long> mySubjectsInForce(ConsentKind kind) {
        long me = currentUser.requirePersonId();
        return store.allOf(me).stream().filter(c -> c.kind() == kind && c.inForce() && c.subjectId() != null)
                .map(ConsentRecord::subjectId).collect(java.util.stream.Collectors.toSet());
    }

    /** The resident gives a consent by the text version they were shown; giving it again keeps the first. */
    @Transactional
    @ResidentOnly
    public ConsentRecord give(ConsentKind kind, @Nullable Long subjectId, String textVersion, ConsentScope scope) {
        long me = currentUser.requirePersonId();
        ConsentRecord given = store.give(me, kind, subjectId, textVersion, scope, clock.instant());
        audit(me, given.id(), AuditAction.CREATE);
        return given;
    }

    /** The resident withdraws their consent of this kind (and subject); nothing happens when none is in force. */
    @Transactional
    @ResidentOnly
    public void withdraw(ConsentKind kind, @Nullable Long subjectId) {
        long me = currentUser.requirePersonId();
        store.inForce(me, kind, subjectId).ifPresent(c -> {
            store.withdraw(me, kind, subjectId, clock.instant());
            audit(me, c.id(), AuditAction.DELETE);
        });
    }

    /** The consent centre withdraws one consent by its id; someone else's id is not found. */
    @Transactional
    @ResidentOnly
    public ConsentRecord withdraw(long consentId) {
        long me = currentUser.requirePersonId();
        ConsentRecord withdrawn = store.withdraw(me, consentId, clock.instant())
                .orElseThrow(() -> new UnknownConsentException(consentId));
        audit(me, consentId, AuditAction.DELETE);
        return withdrawn;
    }

    /** Every consent of the resident: those in force first, then the withdrawn ones, newest first. */
    @Transactional
    @ResidentOnly
    public List<ConsentRecord> mine() {
        long me = currentUser.requirePersonId();
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(AuditAction.READ, OBJECT, null).of(me)
                .because(Purpose.OWN_DATA));
        return store.allOf(me);
    }

    /** Staff side: the consent in force that opens this subject to the team, if any. */
    @Transactional(readOnly = true)
    @ClientWork
    public Optional<ConsentRecord> inForce(ConsentKind kind, long subjectId) {
        return store.inForceForSubject(kind, subjectId);
    }

    /** Staff side: every subject of this kind that a consent in force opens to the team. */
    @Transactional(readOnly = true)
    @ClientWork
    public Set<Long> subjectsInForce(ConsentKind kind) {
        return store.subjectsInForce(kind);
    }

    /** Staff side: the subjects of this kind that one resident's consents in force cover (one query). */
    @Transactional(readOnly = true)
    @ClientWork
    public Set<Long> subjectsInForceOf(long personId, ConsentKind kind) {
        return store.allOf(personId).stream().filter(c -> c.kind() == kind && c.inForce() && c.subjectId() != null)
                .map(ConsentRecord::subjectId).collect(java.util.stream.Collectors.toSet());
    }

    /** Staff side: which of these subjects a consent in force opens to the team (one query, for lists). */
    @Transactional(readOnly = true)
    @ClientWork
    public Set<Long> subjectsInForce(ConsentKind kind, java.util.Collection<Long> among) {
        return store.subjectsInForceAmong(kind, among);
    }

    /**
     * Which of these network entries (kind {@link ConsentKind#NETWORK_SHARE}) the client's consent in force
     * opens: asked by the team and by the partner professional an entry names (one query, for lists).
     */
    @Transactional(readOnly = true)
    @ReferringStaff
    public Set<Long> networkSharesInForce(java.util.Collection<Long> entries) {
        return store.subjectsInForceAmong(ConsentKind.NETWORK_SHARE, entries);
    }

    private void audit(long personId, long consentId, AuditAction action) {
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(action, OBJECT, String.valueOf(consentId))
                .of(personId).because(Purpose.OWN_DATA));
    }
}
