package fi.tyollisyystalo.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.base.security.SystemOnly;
import fi.tyollisyystalo.base.time.WorkingDays;
import fi.tyollisyystalo.identity.ConsentKind;
import fi.tyollisyystalo.identity.Consents;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.StaffDirectory;
import fi.tyollisyystalo.identity.StaffMember;
import fi.tyollisyystalo.notification.NoticeKind;
import fi.tyollisyystalo.notification.Notices;
import fi.tyollisyystalo.referral.internal.ContactRequestEntity;
import fi.tyollisyystalo.referral.internal.ContactRequestRepository;
import fi.tyollisyystalo.referral.internal.ContactRequestStepRepository;
import fi.tyollisyystalo.referral.internal.SavedFilterEntity;
import fi.tyollisyystalo.referral.internal.SavedFilterRepository;
import fi.tyollisyystalo.referral.internal.StepLog;

/**
 * Contact requests to the work-ability team and the team's worklist. A request gets its answer target
 * when it arrives: {@code tyollisyystalo.referral.answer-target-working-days} Finnish working days; when the
 * resident answers the team, a new target starts. Every step is recorded and published for the statistics;
 * every read and change of a request is audited.
 */
@Service
public class ContactRequestService {

    public static final String OBJECT = "CONTACT_REQUEST";
    /** The longest note a team member writes on a step (a phone call, a closing reason). */
    public static final int NOTE_LIMIT = 4_000;
    private static final Set<ContactStatus> TEAMS_TURN = EnumSet.of(ContactStatus.NEW, ContactStatus.WAITING_FOR_TEAM);

    private final ContactRequestRepository requests;
    private final ContactRequestStepRepository steps;
    private final SavedFilterRepository savedFilters;
    private final StepLog stepLog;
    private final PersonService persons;
    private final Consents consents;
    private final StaffDirectory staff;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final fi.tyollisyystalo.messaging.SecureMessages messages;
    private final fi.tyollisyystalo.base.i18n.TranslationProvider texts;
    private final fi.tyollisyystalo.healthcheck.HealthCheckSharing sharing;
    private final int answerTargetDays;

    ContactRequestService(ContactRequestRepository requests, ContactRequestStepRepository steps,
            SavedFilterRepository savedFilters, StepLog stepLog,
            PersonService persons, Consents consents, StaffDirectory staff, AuditLog auditLog, CurrentUser currentUser,
            Clock clock, Notices notices, ApplicationEventPublisher events,
            fi.tyollisyystalo.messaging.SecureMessages messages, fi.tyollisyystalo.base.i18n.TranslationProvider texts,
            fi.tyollisyystalo.healthcheck.HealthCheckSharing sharing,
            @Value("${tyollisyystalo.referral.answer-target-working-days:3}") int answerTargetDays) {
        this.requests = requests;
        this.steps = steps;
        this.savedFilters = savedFilters;
        this.stepLog = stepLog;
        this.persons = persons;
        this.consents = consents;
        this.staff = staff;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.notices = notices;
        this.events = events;
        this.messages = messages;
        this.texts = texts;
        this.sharing = sharing;
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
            stepLog.record(saved, RequestStep.SENT, currentUser.auditActor(), now, null);
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

    /** The team's open requests, the most urgent (earliest due) first: the first page of every open request. */
    @Transactional
    @ClientWork
    public List<ContactRequestItem> worklist() {
        return worklist(WorklistFilter.ALL_OPEN, 0, 50);
    }

    /**
     * One page of the worklist: the team's turn first, overdue first within it, then those waiting for the
     * resident. The listing is audited (one line per page read).
     */
    @Transactional
    @ClientWork
    public List<ContactRequestItem> worklist(WorklistFilter filter, int page, int pageSize) {
        Instant now = clock.instant();
        List<ContactRequestEntity> found = requests.worklist(statuses(filter),
                filter.overdueOnly() ? now : null, filter.mineOnly() ? currentUser.auditActor().id() : null,
                filter.source(), PageRequest.of(page, pageSize));
        Map<Long, String> names = persons.clientNames(found.stream().map(ContactRequestEntity::personId).distinct()
                .toList());
        Set<Long> shared = consents.subjectsInForce(ConsentKind.HEALTH_CHECK_SHARE,
                found.stream().flatMap(r -> java.util.stream.Stream.of(r.attachedHealthCheckId(), r.healthCheckId()))
                        .filter(java.util.Objects::nonNull).toList());
        auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT).because(Purpose.CONTACT_REQUESTS));
        Map<Long, fi.tyollisyystalo.healthcheck.UrgencyHint> hints = shared.isEmpty() ? Map.of()
                : sharing.urgencyHints(found.stream().map(r -> sharedCheck(r, shared)).filter(java.util.Objects::nonNull)
                        .toList());
        return found.stream().map(r -> {
            Long check = sharedCheck(r, shared);
            return new ContactRequestItem(r.id(), r.personId(), names.getOrDefault(r.personId(), ""), r.source(),
                    r.status(), r.receivedAt(), r.dueAt(), overdue(r, now), r.channel(), r.assigneeName(), check,
                    check == null ? null : hints.get(check));
        }).toList();
    }

    /** How many requests the filter finds (for the worklist's pager and the headings' counts). */
    @Transactional(readOnly = true)
    @ClientWork
    public long count(WorklistFilter filter) {
        return requests.countWorklist(statuses(filter), filter.overdueOnly() ? clock.instant() : null,
                filter.mineOnly() ? currentUser.auditActor().id() : null, filter.source());
    }

    /** The signed-in team member's saved default view of the worklist, if they saved one. */
    @Transactional(readOnly = true)
    @ClientWork
    public java.util.Optional<WorklistFilter> mySavedFilter() {
        return savedFilters.findById(currentUser.auditActor().id()).map(f -> WorklistFilter.fromQuery(
                org.springframework.web.util.UriComponentsBuilder.newInstance().query(f.query()).build()
                        .getQueryParams()));
    }

    /** Saves the filter as the signed-in team member's default view (staff data, not client data). */
    @Transactional
    @ClientWork
    public void saveMyFilter(WorklistFilter filter) {
        String query = filter.toQuery().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("&"));
        savedFilters.save(new SavedFilterEntity(currentUser.auditActor().id(), query, clock.instant()));
    }

    /** One request with what the resident wrote and its history; the read is audited. */
    @Transactional
    @ClientWork
    public ContactRequestDetails request(long id) {
        ContactRequestEntity r = find(id);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT, r.id()).of(r.personId())
                .because(Purpose.CONTACT_REQUESTS));
        String name = persons.clientNames(List.of(r.personId())).getOrDefault(r.personId(), "");
        Set<Long> shared = consents.subjectsInForce(ConsentKind.HEALTH_CHECK_SHARE,
                java.util.stream.Stream.of(r.attachedHealthCheckId(), r.healthCheckId())
                        .filter(java.util.Objects::nonNull).toList());
        List<ContactRequestDetails.History> history = steps.findByRequestIdOrderByTakenAtAscIdAsc(r.id()).stream()
                .map(s -> new ContactRequestDetails.History(s.step(), s.takenAt(), s.actorName(), s.note())).toList();
        return new ContactRequestDetails(r.id(), r.personId(), name, r.source(), r.status(), r.receivedAt(), r.dueAt(),
                overdue(r, clock.instant()), r.channel(), r.language(), r.interpreter(), r.answers(),
                r.assigneeSubject(), r.assigneeName(), r.closedReason(), sharedCheck(r, shared), history, r.version(),
                consents.subjectsInForceOf(r.personId(), ConsentKind.INFO_EXCHANGE).stream().sorted()
                        .flatMap(s -> ExchangePartner.byId(s).stream()).toList());
    }

    /** Colleagues a request can be given to: the client-work staff of the signed-in member's team. */
    @Transactional(readOnly = true)
    @ClientWork
    public List<StaffMember> colleagues() {
        List<StaffMember> team = staff.team(currentUser.auditActor().id());
        return team.isEmpty() ? List.of() : team.stream()
                .filter(m -> m.roles().stream().anyMatch(fi.tyollisyystalo.base.security.Roles.CLIENT_WORK_ROLES::contains))
                .toList();
    }

    /**
     * The signed-in team member takes a request nobody has taken. Two taking it at the same moment: one wins,
     * the other is told who has it.
     */
    @Transactional
    @ClientWork
    public AssignResult take(long id) {
        ContactRequestEntity r = find(id);
        var me = currentUser.auditActor();
        Instant now = clock.instant();
        if (requests.takeIfFree(id, me.id(), me.name(), now) == 0) {
            ContactRequestEntity holder = committed(id);
            return new AssignResult(me.id().equals(holder.assigneeSubject()), nameOf(holder));
        }
        stepLog.record(r, RequestStep.ASSIGNED, me, now, null);
        audit(r, AuditAction.UPDATE);
        return new AssignResult(true, me.name());
    }

    /**
     * Gives a request to a colleague (or oneself) from the staff directory, if nobody changed it since the
     * team member read it at {@code version}; otherwise the one who has it now is told.
     */
    @Transactional
    @ClientWork
    public AssignResult assign(long id, long version, String colleagueSubject) {
        ContactRequestEntity r = find(id);
        StaffMember colleague = colleagues().stream().filter(m -> m.subject().equals(colleagueSubject)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a colleague: " + colleagueSubject));
        Instant now = clock.instant();
        if (requests.assignIfUnchanged(id, version, colleague.subject(), colleague.displayName(), now) == 0) {
            ContactRequestEntity holder = committed(id);
            return new AssignResult(colleague.subject().equals(holder.assigneeSubject()), nameOf(holder));
        }
        stepLog.record(r, RequestStep.ASSIGNED, currentUser.auditActor(), now, colleague.displayName());
        audit(r, AuditAction.UPDATE);
        return new AssignResult(true, colleague.displayName());
    }

    /** The team reached the resident by phone: a contact (the answer target is met); the note says what was agreed. */
    @Transactional
    @ClientWork
    public void recordPhoneContact(long id, String note) {
        step(id, RequestStep.PHONE_CONTACT, ContactStatus.IN_CONTACT, note);
    }

    /** Taken into the coordinator service: the case feature opens the client's case from the event. */
    @Transactional
    @ClientWork
    public void accept(long id, String note) {
        ContactRequestEntity r = step(id, RequestStep.ACCEPTED, ContactStatus.ACCEPTED, note);
        events.publishEvent(new ContactRequestAccepted(r.id(), r.personId(), currentUser.auditActor().id(),
                currentUser.auditActor().name(),
                clock.instant()));
    }

    /** Closed with a reason (and a note); it leaves the worklist. */
    @Transactional
    @ClientWork
    public void close(long id, CloseReason reason, String note) {
        ContactRequestEntity r = openRequest(id);
        checkNote(note);
        Instant now = clock.instant();
        r.close(reason, now);
        stepLog.record(r, RequestStep.CLOSED, currentUser.auditActor(), now,
                blankToNull(reason.name() + (note.isBlank() ? "" : ": " + note.strip())));
        audit(r, AuditAction.UPDATE);
    }

    /**
     * The team writes to the resident in a new secure thread: an answer, a question (the resident's turn), or
     * guidance to a better service with an explanation (redirected). The subject is in the resident's language;
     * the notice of an unread message follows from the messages feature. Returns the thread's id.
     *
     * @throws fi.tyollisyystalo.messaging.MessageRejected when the text can't be sent as it is
     */
    @Transactional
    @ClientWork
    public long writeToResident(long id, RequestStep step, String text) {
        ContactRequestEntity r = openRequest(id);
        java.util.Locale language = java.util.Locale.of(r.language() == null || r.language().equals("other") ? "fi"
                : r.language());
        long thread = messages.startByTeam(r.personId(),
                texts.getTranslation("contactrequest.message.subject." + step.name(), language), text);
        teamWrote(id, step);
        return thread;
    }

    /**
     * The team wrote to the resident (an answer, a question, or guidance to a better service): the resident's
     * turn, or redirected. Called by the team's actions with the message already sent.
     */
    @Transactional
    @ClientWork
    public void teamWrote(long id, RequestStep step) {
        ContactStatus next = switch (step) {
            case REPLIED, ASKED_MORE -> ContactStatus.WAITING_FOR_RESIDENT;
            case REDIRECTED -> ContactStatus.REDIRECTED;
            default -> throw new IllegalArgumentException("Not a written step: " + step);
        };
        step(id, step, next, null);
    }

    /**
     * The resident answered the team: the team's turn again, with a new answer target. Called as the system
     * when the resident writes; requests not waiting for the resident stay as they are.
     */
    @Transactional
    @SystemOnly
    public void residentAnswered(long personId) {
        Instant now = clock.instant();
        for (ContactRequestEntity r : requests.findByPersonIdOrderByReceivedAtDescIdDesc(personId)) {
            if (r.status() == ContactStatus.WAITING_FOR_RESIDENT || r.status() == ContactStatus.IN_CONTACT) {
                r.moveTo(ContactStatus.WAITING_FOR_TEAM, now, WorkingDays.due(now, answerTargetDays));
                stepLog.record(r, RequestStep.RESIDENT_ANSWERED, currentUser.auditActor(), now, null);
                audit(r, AuditAction.UPDATE);
            }
        }
    }

    private ContactRequestEntity step(long id, RequestStep step, ContactStatus next, @Nullable String note) {
        ContactRequestEntity r = openRequest(id);
        if (note != null) {
            checkNote(note);
        }
        Instant now = clock.instant();
        r.moveTo(next, now, null);
        stepLog.record(r, step, currentUser.auditActor(), now, note == null ? null : blankToNull(note.strip()));
        audit(r, AuditAction.UPDATE);
        return r;
    }

    private ContactRequestEntity openRequest(long id) {
        ContactRequestEntity r = find(id);
        if (!r.status().isOpen()) {
            throw new RequestClosedException(id, r.status());
        }
        return r;
    }

    private static void checkNote(String note) {
        if (note.length() > NOTE_LIMIT) {
            throw new IllegalArgumentException("A note is at most " + NOTE_LIMIT + " characters");
        }
    }

    private ContactRequestEntity find(long id) {
        return requests.findById(id).orElseThrow(() -> new ContactRequestNotFoundException(id));
    }

    private ContactRequestEntity committed(long id) {
        return requests.findCommitted(id).orElseThrow(() -> new ContactRequestNotFoundException(id));
    }

    private String nameOf(ContactRequestEntity r) {
        return r.assigneeName() == null ? "" : r.assigneeName();
    }

    private void audit(ContactRequestEntity r, AuditAction action) {
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(action, OBJECT, String.valueOf(r.id()))
                .of(r.personId()).because(Purpose.CONTACT_REQUESTS));
    }

    private static Set<ContactStatus> statuses(WorklistFilter f) {
        if (f.overdueOnly()) {
            return f.status() == null ? TEAMS_TURN
                    : TEAMS_TURN.contains(f.status()) ? EnumSet.of(f.status()) : EnumSet.noneOf(ContactStatus.class);
        }
        return f.status() == null ? ContactStatus.open() : EnumSet.of(f.status());
    }

    private static boolean overdue(ContactRequestEntity r, Instant now) {
        return r.status().teamsTurn() && r.dueAt().isBefore(now);
    }

    private static @Nullable Long sharedCheck(ContactRequestEntity r, Set<Long> shared) {
        Long attached = r.attachedHealthCheckId() != null ? r.attachedHealthCheckId() : r.healthCheckId();
        return attached != null && shared.contains(attached) ? attached : null;
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
