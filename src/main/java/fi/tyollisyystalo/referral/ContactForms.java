package fi.tyollisyystalo.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.base.time.WorkingDays;
import fi.tyollisyystalo.healthcheck.HealthCheckSharing;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.identity.ConsentKind;
import fi.tyollisyystalo.identity.ConsentScope;
import fi.tyollisyystalo.identity.Consents;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.MyProfile;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.notification.NoticeKind;
import fi.tyollisyystalo.notification.Notices;
import fi.tyollisyystalo.referral.internal.ContactFormDraftEntity;
import fi.tyollisyystalo.referral.internal.ContactFormDraftRepository;
import fi.tyollisyystalo.referral.internal.ContactRequestEntity;
import fi.tyollisyystalo.referral.internal.ContactRequestRepository;
import fi.tyollisyystalo.referral.internal.StepLog;

/**
 * The resident's contact form to the work-ability team (self-referral, no referral needed): one draft per
 * resident saved answer by answer, checked page by page, sent as a contact request with an answer target of
 * {@code tyollisyystalo.referral.answer-target-working-days} Finnish working days. Every read and write is audited.
 */
@Service
public class ContactForms {

    public static final String DRAFT_OBJECT = "CONTACT_FORM";
    /** An answer longer than this is not stored (the field keeps it and says it is too long). */
    static final int STORED_LIMIT = 20_000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{6,24}");

    private final ContactFormDraftRepository drafts;
    private final ContactRequestRepository requests;
    private final StepLog stepLog;
    private final PersonService persons;
    private final ResidentHealthChecks healthChecks;
    private final HealthCheckSharing sharing;
    private final Notices notices;
    private final Consents consents;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int answerTargetDays;

    ContactForms(ContactFormDraftRepository drafts, ContactRequestRepository requests, StepLog stepLog,
            PersonService persons, ResidentHealthChecks healthChecks, HealthCheckSharing sharing, Notices notices,
            Consents consents, CurrentUser currentUser, AuditLog auditLog, Clock clock,
            @Value("${tyollisyystalo.referral.answer-target-working-days:3}") int answerTargetDays) {
        this.drafts = drafts;
        this.requests = requests;
        this.stepLog = stepLog;
        this.persons = persons;
        this.healthChecks = healthChecks;
        this.sharing = sharing;
        this.notices = notices;
        this.consents = consents;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.answerTargetDays = answerTargetDays;
    }

    /** The answer target in working days, for the start page and the confirmation. */
    @fi.tyollisyystalo.base.security.Public
    public int answerTargetWorkingDays() {
        return answerTargetDays;
    }

    /** The resident's unsent form, if they started one (on any device). */
    @Transactional
    @ResidentOnly
    public Optional<ContactDraft> myDraft() {
        long me = currentUser.requirePersonId();
        return drafts.findByPersonId(me).map(d -> {
            audit(AuditAction.READ, d);
            return toDraft(d);
        });
    }

    /** Continues the resident's unsent form, or starts one with the phone and language of their profile. */
    @Transactional
    @ResidentOnly
    public ContactDraft startOrResume() {
        long me = currentUser.requirePersonId();
        Optional<ContactFormDraftEntity> existing = drafts.findByPersonId(me);
        if (existing.isPresent()) {
            audit(AuditAction.READ, existing.get());
            return toDraft(existing.get());
        }
        MyProfile profile = persons.myProfile();
        Map<String, String> prefilled = new LinkedHashMap<>();
        if (profile.phone() != null) {
            prefilled.put(ContactQuestion.PHONE.id(), profile.phone());
        }
        String language = profile.preferredLanguage() == null ? "" : profile.preferredLanguage().toLowerCase(Locale.ROOT);
        if (ContactQuestion.LANGUAGE.options().contains(language)) {
            prefilled.put(ContactQuestion.LANGUAGE.id(), language);
        }
        prefilled.put(ContactQuestion.INTERPRETER.id(), "NO");
        ContactFormDraftEntity d = drafts.saveAndFlush(ContactFormDraftEntity.start(me, prefilled, clock.instant()));
        audit(AuditAction.CREATE, d);
        return toDraft(d);
    }

    /** The resident's own unsent form by id; someone else's, or a sent one, is not found. */
    @Transactional
    @ResidentOnly
    public ContactDraft myDraft(long id) {
        ContactFormDraftEntity d = own(id);
        audit(AuditAction.READ, d);
        return toDraft(d);
    }

    /**
     * Saves one answer as typed (up to {@value #STORED_LIMIT} characters) and says what is wrong with it, if
     * anything: a too long text or a phone number that can't be called are explained while typing; a missing
     * answer only when the resident moves on.
     */
    @Transactional
    @ResidentOnly
    public Optional<ContactProblem> saveAnswer(long id, ContactQuestion question, String value) {
        ContactFormDraftEntity d = own(id);
        Optional<ContactProblem> problem = checkValue(question, value);
        if (value.length() <= STORED_LIMIT) {
            d.answer(question.id(), value, question.step(), clock.instant());
            audit(AuditAction.UPDATE, d);
        }
        return problem;
    }

    /** The problems on one page (missing or wrong answers); none means the resident may go on. */
    @Transactional
    @ResidentOnly
    public List<ContactProblem> continueFrom(long id, ContactStep step) {
        ContactFormDraftEntity d = own(id);
        ContactDraft draft = toDraft(d);
        List<ContactProblem> problems = problemsOn(draft, step);
        if (problems.isEmpty() && step.ordinal() + 1 < ContactStep.values().length) {
            d.reached(ContactStep.values()[step.ordinal() + 1], clock.instant());
        }
        return problems;
    }

    /** Every problem in the form, page by page (for the check-your-answers page). */
    @ResidentOnly
    public List<ContactProblem> problemsOf(ContactDraft draft) {
        List<ContactProblem> all = new ArrayList<>();
        for (ContactStep step : ContactStep.values()) {
            all.addAll(problemsOn(draft, step));
        }
        return all;
    }

    /**
     * Sends the form: a contact request on the team's worklist with its answer target, the latest health check
     * attached when the resident said so (their consent to share it with the team is given here, and it is
     * readable only while that consent is in force), a notice that it arrived. The draft is gone after.
     *
     * @throws ContactFormIncompleteException when an answer is missing or wrong
     */
    @Transactional
    @ResidentOnly
    public SentContact submit(long id) {
        ContactFormDraftEntity d = own(id);
        ContactDraft draft = toDraft(d);
        List<ContactProblem> problems = problemsOf(draft);
        if (!problems.isEmpty()) {
            throw new ContactFormIncompleteException(problems);
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (ContactQuestion q : ContactQuestion.values()) {
            if (draft.isAsked(q) && !draft.answer(q).isBlank()) {
                answers.put(q.id(), draft.answer(q).strip());
            }
        }
        Long attached = null;
        if ("YES".equals(answers.get(ContactQuestion.ATTACH_HEALTH_CHECK.id()))) {
            attached = latestSubmittedCheck().orElse(null);
            if (attached != null) {
                sharing.shareWithTeam(attached);
            }
        }
        String exchange = answers.get(ContactQuestion.EXCHANGE.id());
        if (exchange != null) {
            for (String partner : exchange.split(",")) {
                consents.give(ConsentKind.INFO_EXCHANGE, ExchangePartner.valueOf(partner.strip()).id(),
                        ExchangePartner.CONSENT_VERSION, ConsentScope.ORGANISATION);
            }
        }
        ContactChannel channel = ContactChannel.valueOf(answers.get(ContactQuestion.CHANNEL.id()));
        ContactSource source = ContactSource.valueOf(answers.get(ContactQuestion.SOURCE.id()));
        Instant now = clock.instant();
        Instant due = WorkingDays.due(now, answerTargetDays);
        ContactRequestEntity saved = requests.saveAndFlush(ContactRequestEntity.fromForm(d.personId(), source, answers,
                channel, answers.get(ContactQuestion.LANGUAGE.id()),
                "YES".equals(answers.get(ContactQuestion.INTERPRETER.id())), attached, now, due));
        stepLog.record(saved, RequestStep.SENT, currentUser.auditActor(), now, null);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(ContactRequestService.OBJECT, saved.id())
                .of(d.personId()).because(Purpose.OWN_DATA));
        drafts.delete(d);
        audit(AuditAction.DELETE, d);
        notices.notify(d.personId(), NoticeKind.CONTACT_REQUEST_RECEIVED);
        return new SentContact(saved.id(), now, due, channel, answerTargetDays);
    }

    /** The confirmation of one of the resident's own sent requests; someone else's is not found. */
    @Transactional
    @ResidentOnly
    public SentContact mySent(long requestId) {
        long me = currentUser.requirePersonId();
        ContactRequestEntity r = requests.findById(requestId).filter(x -> x.personId() == me)
                .orElseThrow(() -> new ContactRequestNotFoundException(requestId));
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(ContactRequestService.OBJECT, r.id()).of(me)
                .because(Purpose.OWN_DATA));
        return new SentContact(r.id(), r.receivedAt(), r.dueAt(),
                r.channel() == null ? ContactChannel.PHONE : r.channel(), answerTargetDays);
    }

    private List<ContactProblem> problemsOn(ContactDraft draft, ContactStep step) {
        List<ContactProblem> problems = new ArrayList<>();
        for (ContactQuestion q : ContactQuestion.of(step)) {
            if (!draft.isAsked(q)) {
                continue;
            }
            String value = draft.answer(q);
            if (value.isBlank()) {
                if (q.required(draft.answers())) {
                    problems.add(new ContactProblem(q, "contactform.q." + q.id() + ".required", List.of()));
                }
                continue;
            }
            checkValue(q, value).ifPresent(problems::add);
        }
        return problems;
    }

    static Optional<ContactProblem> checkValue(ContactQuestion q, String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        if (q.kind() == ContactQuestion.Kind.CHOICE) {
            return q.options().contains(value) ? Optional.empty()
                    : Optional.of(new ContactProblem(q, "contactform.error.choice", List.of()));
        }
        if (q.kind() == ContactQuestion.Kind.MULTI) {
            return java.util.Arrays.stream(value.split(",")).map(String::strip).allMatch(q.options()::contains)
                    ? Optional.empty() : Optional.of(new ContactProblem(q, "contactform.error.choice", List.of()));
        }
        if (value.length() > q.maxLength()) {
            return Optional.of(new ContactProblem(q, "contactform.error.tooLong", List.of(q.maxLength(), value.length())));
        }
        if (q == ContactQuestion.PHONE) {
            long digits = value.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(value.strip()).matches() || digits < 6 || digits > 15) {
                return Optional.of(new ContactProblem(q, "contactform.error.phone", List.of()));
            }
        }
        return Optional.empty();
    }

    private Optional<Long> latestSubmittedCheck() {
        return healthChecks.myLatestSubmittedId();
    }

    private ContactFormDraftEntity own(long id) {
        long me = currentUser.requirePersonId();
        return drafts.findById(id).filter(d -> d.personId() == me)
                .orElseThrow(() -> new ContactRequestNotFoundException(id));
    }

    private ContactDraft toDraft(ContactFormDraftEntity d) {
        return new ContactDraft(d.id(), d.answers(), d.lastStep(), d.savedAt(), latestSubmittedCheck().isPresent());
    }

    private void audit(AuditAction action, ContactFormDraftEntity d) {
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(action, DRAFT_OBJECT, String.valueOf(d.id()))
                .of(d.personId()).because(Purpose.OWN_DATA));
    }
}
