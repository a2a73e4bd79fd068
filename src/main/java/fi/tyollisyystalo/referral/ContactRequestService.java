package fi.tyollisyystalo.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.SystemOnly;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.time.WorkingDays;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.notification.NoticeKind;
import fi.tyollisyystalo.notification.Notices;
import fi.tyollisyystalo.referral.internal.ContactRequestEntity;
import fi.tyollisyystalo.referral.internal.ContactRequestRepository;

/**
 * Contact requests to the work-ability team and the team's worklist. A request gets its answer target
 * when it arrives: {@code tyollisyystalo.referral.answer-target-working-days} Finnish working days.
 */
@Service
public class ContactRequestService {

    public static final String OBJECT = "CONTACT_REQUEST";
    static final int WORKLIST_LIMIT = 200;

    private final ContactRequestRepository requests;
    private final PersonService persons;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Notices notices;
    private final int answerTargetDays;

    ContactRequestService(ContactRequestRepository requests, PersonService persons, AuditLog auditLog,
            CurrentUser currentUser, Clock clock, Notices notices,
            @Value("${tyollisyystalo.referral.answer-target-working-days:3}") int answerTargetDays) {
        this.requests = requests;
        this.persons = persons;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.notices = notices;
        this.answerTargetDays = answerTargetDays;
    }

    /**
     * A health check submitted with the wish to be contacted becomes a request on the worklist. Called by
     * the event listener as the system; the same health check delivered again opens nothing new. The
     * resident gets a notice that the request arrived, when they consented to notices.
     */
    @Transactional
    @SystemOnly
    public long openFromHealthCheck(long healthCheckId, long personId) {
        return requests.findByHealthCheckId(healthCheckId).map(ContactRequestEntity::id).orElseGet(() -> {
            Instant now = clock.instant();
            ContactRequestEntity saved = requests.saveAndFlush(ContactRequestEntity.fromHealthCheck(personId,
                    healthCheckId, now, WorkingDays.due(now, answerTargetDays)));
            auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(OBJECT, saved.id()).of(personId)
                    .because(Purpose.CONTACT_REQUESTS));
            notices.notify(personId, NoticeKind.CONTACT_REQUEST_RECEIVED);
            return saved.id();
        });
    }

    /**
     * The signed-in resident's own requests, newest first, each with the time by which the team answers
     * (shown on My page); the read is audited.
     */
    @Transactional
    @ResidentOnly
    public List<MyContactRequest> myRequests() {
        long me = currentUser.requirePersonId();
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(AuditAction.READ, OBJECT, null).of(me)
                .because(Purpose.OWN_DATA));
        return requests.findByPersonIdOrderByReceivedAtDescIdDesc(me).stream()
                .map(r -> new MyContactRequest(r.id(), r.source(), r.status(), r.receivedAt(), r.dueAt())).toList();
    }

    /** The team's open requests, the most urgent (earliest due) first; the listing is audited. */
    @Transactional
    @ClientWork
    public List<ContactRequestItem> worklist() {
        List<ContactRequestEntity> open = requests.findByStatusOrderByDueAtAscIdAsc(ContactStatus.NEW,
                org.springframework.data.domain.PageRequest.of(0, WORKLIST_LIMIT));
        Map<Long, String> names = persons.clientNames(open.stream().map(ContactRequestEntity::personId).distinct()
                .toList());
        auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT).because(Purpose.CONTACT_REQUESTS));
        Instant now = clock.instant();
        return open.stream().map(r -> new ContactRequestItem(r.id(), r.personId(),
                names.getOrDefault(r.personId(), ""), r.source(), r.status(), r.receivedAt(), r.dueAt(),
                r.status() == ContactStatus.NEW && r.dueAt().isBefore(now))).toList();
    }
}
