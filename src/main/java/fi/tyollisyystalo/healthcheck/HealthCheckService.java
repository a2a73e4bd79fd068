package fi.tyollisyystalo.healthcheck;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.Public;
import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.base.i18n.TranslationProvider;
import fi.tyollisyystalo.healthcheck.internal.AnswerValidator;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckEntity;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckProperties;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckStore;
import fi.tyollisyystalo.healthcheck.internal.QuestionnaireRegistry;
import fi.tyollisyystalo.healthcheck.internal.RecommendationTopics;
import fi.tyollisyystalo.healthcheck.internal.scoring.HealthCheckScorer;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.ConsentRecord;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.servicemap.Region;
import fi.tyollisyystalo.servicemap.ServiceHit;
import fi.tyollisyystalo.servicemap.ServiceMapService;
import fi.tyollisyystalo.servicemap.ServiceQuery;

/**
 * The electronic health check. Residents reach only their own checks; every answer is saved as it is
 * given (as typed, so nothing is lost) and audited. Client-work staff open a submitted result only
 * while the resident's consent to share is in force, and each opening is audited.
 */
@Service
public class HealthCheckService {

    public static final String OBJECT = "HEALTH_CHECK";
    public static final String CONSENT_OBJECT = "HEALTH_CHECK_CONSENT";
    /** Version of the share consent text ({@code hc.consent.text}); change it when the text changes. */
    public static final String SHARE_CONSENT_VERSION = "2026-12-1";
    public static final String PURPOSE_SHARED = "SHARED_HEALTH_CHECK";
    public static final String OWN_DATA = PersonService.OWN_DATA;
    private static final int RECOMMENDATIONS = 8;
    /** The team's list shows the newest shared results. */
    private static final int SHARED_LIST_LIMIT = 200;

    private final HealthCheckStore store;
    private final QuestionnaireRegistry questionnaires;
    private final HealthCheckProperties properties;
    private final CurrentUser currentUser;
    private final PersonService persons;
    private final AuditLog auditLog;
    private final ServiceMapService serviceMap;
    private final TranslationProvider translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealthCheckService(HealthCheckStore store, QuestionnaireRegistry questionnaires, HealthCheckProperties properties,
            CurrentUser currentUser, PersonService persons, AuditLog auditLog, ServiceMapService serviceMap,
            TranslationProvider translations, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.questionnaires = questionnaires;
        this.properties = properties;
        this.currentUser = currentUser;
        this.persons = persons;
        this.auditLog = auditLog;
        this.serviceMap = serviceMap;
        this.translations = translations;
        this.events = events;
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
            audit(check, AuditAction.READ);
            return draft(check);
        });
    }

    /** Continues the unfinished check, or starts one with the current questionnaire version. */
    @Transactional
    @ResidentOnly
    public DraftCheck startOrResume() {
        long me = currentUser.requirePersonId();
        Optional<HealthCheckEntity> existing = store.draftOf(me);
        if (existing.isPresent()) {
            audit(existing.get(), AuditAction.READ);
            return draft(existing.get());
        }
        Questionnaire q = questionnaires.current();
        HealthCheckEntity created = store.create(me, q.id(), q.version(), clock.instant());
        audit(created, AuditAction.CREATE);
        return draft(created);
    }

    /** One of the resident's own unfinished checks. */
    @Transactional
    @ResidentOnly
    public DraftCheck myDraft(long id) {
        HealthCheckEntity check = ownDraft(id);
        audit(check, AuditAction.READ);
        return draft(check);
    }

    /**
     * Saves one answer exactly as given (an empty answer removes it) and says what, if anything, is
     * wrong with it. A wrong answer is saved too, so a half-typed number survives a closed browser;
     * it can't be submitted until it is right.
     */
    @Transactional
    @ResidentOnly
    public Optional<AnswerError> saveAnswer(long id, String questionId, @Nullable String raw) {
        HealthCheckEntity check = ownDraft(id);
        Questionnaire q = questionnaireOf(check);
        Section section = q.sections().stream().filter(s -> s.questions().stream()
                .anyMatch(x -> x.id().equals(questionId))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
        Question question = q.question(questionId).orElseThrow();
        String value = raw == null ? "" : raw;
        if (value.length() > AnswerValidator.STORED_LIMIT) {
            value = value.substring(0, AnswerValidator.STORED_LIMIT);
        }
        store.answer(check, questionId, value.isBlank() ? "" : value, section.id(), clock.instant());
        audit(check, AuditAction.UPDATE);
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
        HealthCheckEntity check = ownDraft(id);
        DraftCheck draft = draft(check);
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
        HealthCheckEntity check = ownDraft(id);
        Questionnaire q = questionnaireOf(check);
        List<AnswerError> errors = AnswerValidator.validateAll(q, properties.features(), check.answers());
        if (!errors.isEmpty()) {
            throw new AnswersIncompleteException(errors);
        }
        int age = persons.myAge();
        HealthCheckResult result = HealthCheckScorer.score(q, properties.features(), check.answers(), age);
        store.submit(check, age, result, clock.instant());
        audit(check, AuditAction.UPDATE);
        events.publishEvent(new HealthCheckCompleted(check.id(), check.personId(), result.offerCoordinator(),
                "YES".equals(check.answers().get("contact_wish"))));
        return submitted(check);
    }

    /** One of the resident's own submitted checks with its result. */
    @Transactional
    @ResidentOnly
    public SubmittedCheck myResult(long id) {
        HealthCheckEntity check = ownSubmitted(id);
        audit(check, AuditAction.READ);
        return submitted(check);
    }

    /** The resident's checks, the unfinished one first, then submitted ones newest first with change since the previous. */
    @Transactional
    @ResidentOnly
    public List<CheckSummary> myChecks() {
        long me = currentUser.requirePersonId();
        List<CheckSummary> list = new ArrayList<>();
        store.draftOf(me).ifPresent(d -> list.add(new CheckSummary(d.id(), HealthCheckStatus.DRAFT, d.startedAt(),
                d.updatedAt(), null, null, null, 0, null, false)));
        Set<Long> shared = store.mySharedCheckIds();
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
            auditLog.record(new AuditEntry(currentUser.auditActor(), me, OBJECT, null, AuditAction.READ, OWN_DATA));
        }
        return list;
    }

    /** Whether this one of the resident's results is shared with the team, since when. */
    @Transactional
    @ResidentOnly
    public ShareConsent myShareConsent(long checkId) {
        HealthCheckEntity check = ownSubmitted(checkId);
        auditConsent(check, AuditAction.READ);
        return store.myActiveConsent(check).map(HealthCheckService::consent).orElse(ShareConsent.NONE);
    }

    /**
     * The resident consents to share this one result (the one they are looking at) with the
     * work-ability team, by the current text version; their other results stay their own.
     */
    @Transactional
    @ResidentOnly
    public ShareConsent shareWithTeam(long checkId) {
        HealthCheckEntity check = ownSubmitted(checkId);
        ConsentRecord c = store.myActiveConsent(check)
                .orElseGet(() -> store.giveConsent(check, SHARE_CONSENT_VERSION));
        auditConsent(check, AuditAction.CREATE);
        return consent(c);
    }

    /** Withdraws the consent to share this result at once: from now on staff can't open it. */
    @Transactional
    @ResidentOnly
    public void stopSharing(long checkId) {
        HealthCheckEntity check = ownSubmitted(checkId);
        store.myActiveConsent(check).ifPresent(c -> {
            store.revokeConsent(check);
            auditConsent(check, AuditAction.DELETE);
        });
    }

    private static ShareConsent consent(ConsentRecord c) {
        return new ShareConsent(true, c.givenAt(), c.textVersion());
    }

    private void auditConsent(HealthCheckEntity check, AuditAction action) {
        auditLog.record(new AuditEntry(currentUser.auditActor(), check.personId(), CONSENT_OBJECT,
                String.valueOf(check.id()), action, OWN_DATA));
    }

    /**
     * Published services for the result, each for a reason the answers support: first those that fit
     * a flag (searched in the resident's language), then by the domains the resident rated 5 or less,
     * the weakest first — a domain marked only by a flag is served by that flag's own search. A
     * service whose topic the answers do not support (smoking cessation for a non-smoker, mental-health
     * rehabilitation for someone whose mood answers are fine) is never suggested. The resident's
     * municipality (and region-wide services) when it is in the region.
     */
    @Transactional(readOnly = true)
    @Public
    public List<Recommendation> recommendations(HealthCheckResult result, Locale locale) {
        String municipality = result.municipality() != null && Region.isMunicipality(result.municipality())
                ? result.municipality() : null;
        Set<String> municipalities = municipality == null ? Set.of() : Set.of(municipality);
        List<Recommendation> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Flag flag : result.flags()) {
            String key = "hc.flag." + flag.code() + ".search";
            if (flag.domain() == null || !translations.has(key, locale)) {
                continue;
            }
            ServiceQuery query = new ServiceQuery(translations.getTranslation(key, locale), Set.of(),
                    municipalities, Set.of(), Set.of(), Set.of(), false, Set.of());
            add(out, seen, serviceMap.search(query, locale, 0, 4).hits(), 2, result,
                    hit -> new Recommendation(hit, "hc.flag." + flag.code() + ".title", flag, null,
                            municipality != null, List.of()));
        }
        result.domains().stream().filter(DomainScore::ratedWeak).sorted(Comparator.comparingInt(DomainScore::score))
                .map(DomainScore::domain).forEach(domain -> {
                    ServiceQuery query = new ServiceQuery("", Set.of(domain), municipalities, Set.of(), Set.of(),
                            Set.of(), false, Set.of());
                    add(out, seen, serviceMap.search(query, locale, 0, 8).hits(), 3, result,
                            hit -> new Recommendation(hit, "domain." + domain.name(), null, domain,
                                    municipality != null, List.of()));
                });
        List<Recommendation> chosen = out.size() > RECOMMENDATIONS ? out.subList(0, RECOMMENDATIONS) : out;
        Map<Long, List<fi.tyollisyystalo.servicemap.ChannelData>> ways = new java.util.HashMap<>();
        serviceMap.findPublished(chosen.stream().map(r -> r.service().id()).toList())
                .forEach(d -> ways.put(d.id(), d.data().channels()));
        return chosen.stream().map(r -> r.withWays(ways.getOrDefault(r.service().id(), List.of()))).toList();
    }

    /** Up to {@code limit} new hits whose topic the answers support. */
    private static void add(List<Recommendation> out, Set<Long> seen, List<ServiceHit> hits, int limit,
            HealthCheckResult result, java.util.function.Function<ServiceHit, Recommendation> recommendation) {
        int added = 0;
        for (ServiceHit hit : hits) {
            if (added < limit && RecommendationTopics.supported(hit, result) && seen.add(hit.id())) {
                out.add(recommendation.apply(hit));
                added++;
            }
        }
    }

    /** The results the residents have each consented to share with the team, newest first (at most 200). */
    @Transactional
    @ClientWork
    public List<SharedCheck> sharedChecks() {
        List<HealthCheckEntity> checks = store.shared(SHARED_LIST_LIMIT);
        Map<Long, String> names = persons.clientNames(checks.stream().map(HealthCheckEntity::personId)
                .distinct().toList());
        auditLog.record(new AuditEntry(currentUser.auditActor(), null, OBJECT, null, AuditAction.SEARCH,
                PURPOSE_SHARED));
        return checks.stream().map(c -> {
            HealthCheckResult r = store.resultOf(c);
            int attention = (int) r.flags().stream().filter(f -> f.severity() != Severity.INFO).count();
            return new SharedCheck(c.id(), names.getOrDefault(c.personId(), ""), c.submittedAt(), r.workAbility(),
                    r.offerCoordinator(), attention, "YES".equals(c.answers().get("contact_wish")));
        }).toList();
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
                .filter(c -> store.activeConsent(c).isPresent()).orElse(null);
        if (check == null) {
            // the same not-found as for a missing record, and the attempt stays on record
            auditLog.record(new AuditEntry(currentUser.auditActor(), found.map(HealthCheckEntity::personId).orElse(null),
                    OBJECT, String.valueOf(id), AuditAction.DENIED, PURPOSE_SHARED));
            throw new HealthCheckNotFoundException(id);
        }
        auditLog.record(new AuditEntry(currentUser.auditActor(), check.personId(), OBJECT, String.valueOf(check.id()),
                AuditAction.READ, PURPOSE_SHARED));
        return submitted(check);
    }

    /** The client's name for a shared result's heading; the caller has opened the result. */
    @Transactional(readOnly = true)
    @ClientWork
    public String clientName(SubmittedCheck check) {
        return persons.clientNames(List.of(check.personId())).getOrDefault(check.personId(), "");
    }

    private HealthCheckEntity ownSubmitted(long id) {
        long me = currentUser.requirePersonId();
        return store.find(id).filter(c -> c.personId() == me && c.status() == HealthCheckStatus.SUBMITTED)
                .orElseThrow(() -> new HealthCheckNotFoundException(id));
    }

    private HealthCheckEntity ownDraft(long id) {
        long me = currentUser.requirePersonId();
        return store.find(id).filter(c -> c.personId() == me && c.status() == HealthCheckStatus.DRAFT)
                .orElseThrow(() -> new HealthCheckNotFoundException(id));
    }

    private Questionnaire questionnaireOf(HealthCheckEntity check) {
        return questionnaires.version(check.questionnaireId(), check.questionnaireVersion()).orElseThrow(
                () -> new IllegalStateException("Questionnaire " + check.questionnaireId() + " v"
                        + check.questionnaireVersion() + " is no longer installed"));
    }

    private DraftCheck draft(HealthCheckEntity check) {
        Questionnaire q = questionnaireOf(check);
        return new DraftCheck(check.id(), q, q.sections(properties.features()), Map.copyOf(check.answers()),
                check.currentSection(), check.startedAt(), check.updatedAt());
    }

    private SubmittedCheck submitted(HealthCheckEntity check) {
        Questionnaire q = questionnaireOf(check);
        Instant at = check.submittedAt() == null ? check.updatedAt() : check.submittedAt();
        return new SubmittedCheck(check.id(), check.personId(), at, q, q.sections(properties.features()),
                HealthCheckScorer.askedAnswers(q, properties.features(), check.answers()), store.resultOf(check));
    }

    private void audit(HealthCheckEntity check, AuditAction action) {
        auditLog.record(new AuditEntry(currentUser.auditActor(), check.personId(), OBJECT, String.valueOf(check.id()),
                action, OWN_DATA));
    }
}
