package fi.tyollisyystalo.healthcheck;

import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.questionnaire.Section;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.AnswerError;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.base.security.Public;
import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.questionnaire.AnswerValidator;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckEntity;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckProperties;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckStore;
import fi.tyollisyystalo.healthcheck.internal.QuestionnaireRegistry;
import fi.tyollisyystalo.healthcheck.internal.scoring.HealthCheckScorer;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.PersonService;

/**
 * The electronic health check as the resident answers it: the questionnaire, the unfinished check
 * (every answer saved as it is given, as typed, so nothing is lost), submitting, and the resident's
 * own results. Residents reach only their own checks, and every read and write is audited. Sharing a
 * result with the team is {@link HealthCheckSharing}; suggested services are
 * {@link HealthCheckRecommendations}.
 */
@Service
public class ResidentHealthChecks {

    /** The audit object type of a health check. */
    public static final String OBJECT = "HEALTH_CHECK";

    private final HealthCheckStore store;
    private final HealthCheckAccess access;
    private final HealthCheckSharing sharing;
    private final QuestionnaireRegistry questionnaires;
    private final HealthCheckProperties properties;
    private final CurrentUser currentUser;
    private final PersonService persons;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidentHealthChecks(HealthCheckStore store, HealthCheckAccess access, HealthCheckSharing sharing,
            QuestionnaireRegistry questionnaires, HealthCheckProperties properties, CurrentUser currentUser,
            PersonService persons, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.sharing = sharing;
        this.questionnaires = questionnaires;
        this.properties = properties;
        this.currentUser = currentUser;
        this.persons = persons;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The version a new check starts with, for the start page. */
    @Public
    public Questionnaire currentQuestionnaire() {
        return questionnaires.current();
    }

    /** The pages of the current version with this installation's switches. */
    @Public
    public List<Section> currentSections() {
        return questionnaires.current().sections(properties.features());
    }

    /** The resident's unfinished check, if any. */
    @Transactional
    @ResidentOnly
    public Optional<DraftCheck> myDraft() {
        long me = currentUser.requirePersonId();
        return store.draftOf(me).map(check -> {
            access.audit(check, AuditAction.READ);
            return access.draft(check);
        });
    }

    /** Continues the unfinished check, or starts one with the current questionnaire version. */
    @Transactional
    @ResidentOnly
    public DraftCheck startOrResume() {
        long me = currentUser.requirePersonId();
        Optional<HealthCheckEntity> existing = store.draftOf(me);
        if (existing.isPresent()) {
            access.audit(existing.get(), AuditAction.READ);
            return access.draft(existing.get());
        }
        Questionnaire q = questionnaires.current();
        HealthCheckEntity created = store.create(me, q.id(), q.version(), clock.instant());
        access.audit(created, AuditAction.CREATE);
        return access.draft(created);
    }

    /** One of the resident's own unfinished checks. */
    @Transactional
    @ResidentOnly
    public DraftCheck myDraft(long id) {
        HealthCheckEntity check = access.ownDraft(id);
        access.audit(check, AuditAction.READ);
        return access.draft(check);
    }

    /**
     * Saves one answer exactly as given (an empty answer removes it) and says what, if anything, is
     * wrong with it. A wrong answer is saved too, so a half-typed number survives a closed browser;
     * it can't be submitted until it is right.
     */
    @Transactional
    @ResidentOnly
    public Optional<AnswerError> saveAnswer(long id, String questionId, @Nullable String raw) {
        HealthCheckEntity check = access.ownDraft(id);
        Questionnaire q = access.questionnaireOf(check);
        Section section = q.sections().stream().filter(s -> s.questions().stream()
                .anyMatch(x -> x.id().equals(questionId))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
        Question question = q.question(questionId).orElseThrow();
        String value = raw == null ? "" : raw;
        if (value.length() > AnswerValidator.STORED_LIMIT) {
            value = value.substring(0, AnswerValidator.STORED_LIMIT);
        }
        store.answer(check, questionId, value.isBlank() ? "" : value, section.id(), clock.instant());
        access.audit(check, AuditAction.UPDATE);
        return value.isBlank() ? Optional.empty() : AnswerValidator.validate(section.id(), question, value);
    }

    /**
     * What is wrong with the answers given so far (a number out of range, say), for the check-answers
     * page to warn next to each; questions not answered yet are not listed.
     */
    @ResidentOnly
    public Map<String, AnswerError> problemsOf(DraftCheck draft) {
        Map<String, AnswerError> problems = new java.util.LinkedHashMap<>();
        for (AnswerError e : AnswerValidator.validateAll(draft.questionnaire(), properties.features(), draft.answers())) {
            if (!draft.answers().getOrDefault(e.questionId(), "").isBlank()) {
                problems.putIfAbsent(e.questionId(), e);
            }
        }
        return problems;
    }

    /** Checks one page before moving on; with no errors the check remembers the next page. */
    @Transactional
    @ResidentOnly
    public List<AnswerError> continueFrom(long id, String sectionId) {
        HealthCheckEntity check = access.ownDraft(id);
        DraftCheck draft = access.draft(check);
        int index = draft.indexOf(sectionId);
        if (index < 0) {
            throw new IllegalArgumentException("No section " + sectionId);
        }
        List<AnswerError> errors = AnswerValidator.validateSection(draft.sections().get(index), check.answers());
        if (errors.isEmpty()) {
            store.moveTo(check, index + 1 < draft.sections().size() ? draft.sections().get(index + 1).id()
                    : "check", clock.instant());
        }
        return errors;
    }

    /** Scores and submits the resident's check. Nothing changes when an answer is missing or wrong. */
    @Transactional
    @ResidentOnly
    public SubmittedCheck submit(long id) {
        HealthCheckEntity check = access.ownDraft(id);
        Questionnaire q = access.questionnaireOf(check);
        List<AnswerError> errors = AnswerValidator.validateAll(q, properties.features(), check.answers());
        if (!errors.isEmpty()) {
            throw new AnswersIncompleteException(errors);
        }
        int age = persons.myAge();
        HealthCheckResult result = HealthCheckScorer.score(q, properties.features(), check.answers(), age);
        store.submit(check, age, result, clock.instant());
        access.audit(check, AuditAction.UPDATE);
        events.publishEvent(new HealthCheckCompleted(check.id(), check.personId(), result.offerCoordinator(),
                "YES".equals(check.answers().get("contact_wish"))));
        return access.submitted(check);
    }

    /** One of the resident's own submitted checks with its result. */
    @Transactional
    @ResidentOnly
    public SubmittedCheck myResult(long id) {
        HealthCheckEntity check = access.ownSubmitted(id);
        access.audit(check, AuditAction.READ);
        return access.submitted(check);
    }

    /**
     * The id of the resident's newest submitted check, if any (one query, no scoring): what another feature
     * may offer to attach. Not a read of the check's content, so not audited.
     */
    @Transactional(readOnly = true)
    @ResidentOnly
    public Optional<Long> myLatestSubmittedId() {
        return store.submittedOf(currentUser.requirePersonId()).stream().findFirst().map(HealthCheckEntity::id);
    }

    /** The resident's checks, the unfinished one first, then submitted ones newest first with change since the previous. */
    @Transactional
    @ResidentOnly
    public List<CheckSummary> myChecks() {
        long me = currentUser.requirePersonId();
        List<CheckSummary> list = new ArrayList<>();
        store.draftOf(me).ifPresent(d -> list.add(new CheckSummary(d.id(), HealthCheckStatus.DRAFT, d.startedAt(),
                d.updatedAt(), null, null, null, 0, null, false)));
        Set<Long> shared = sharing.mySharedCheckIds();
        List<HealthCheckEntity> submitted = store.submittedOf(me);
        List<HealthCheckResult> results = submitted.stream().map(store::resultOf).toList();
        for (int i = 0; i < submitted.size(); i++) {
            HealthCheckEntity c = submitted.get(i);
            HealthCheckResult r = results.get(i);
            HealthCheckResult previous = i + 1 < submitted.size() ? results.get(i + 1) : null;
            Integer wasChange = previous != null && previous.workAbility() != null && r.workAbility() != null
                    ? r.workAbility() - previous.workAbility() : null;
            Integer weakChange = previous != null ? r.weakDomains().size() - previous.weakDomains().size() : null;
            list.add(new CheckSummary(c.id(), HealthCheckStatus.SUBMITTED, c.startedAt(), c.updatedAt(),
                    c.submittedAt(), r.workAbility(), wasChange, r.weakDomains().size(), weakChange,
                    shared.contains(c.id())));
        }
        if (!list.isEmpty()) {
            auditLog.record(AuditEntry.by(currentUser.auditActor()).did(AuditAction.READ, OBJECT, null).of(me)
                    .because(Purpose.OWN_DATA));
        }
        return list;
    }
}
