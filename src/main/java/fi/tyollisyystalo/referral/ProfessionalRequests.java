package fi.tyollisyystalo.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.ReferringStaff;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.base.time.WorkingDays;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.InvalidHetuException;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.StaffDirectory;
import fi.tyollisyystalo.referral.internal.ContactRequestRepository;
import fi.tyollisyystalo.referral.internal.ProfessionalRequestEntity;
import fi.tyollisyystalo.referral.internal.ProfessionalRequestRepository;

/**
 * Professionals reach the team too: a referral names a resident by their identity code (stored only as a keyed
 * pseudonym) and says why; the team sees whether the resident then made contact themself. A consultation asks
 * for advice without naming the client (an identity code pasted into the text is refused) or with the client's
 * consent; the team can record consultations by phone. Each has an answer target in working days and the kind of
 * organisation it came from ({@link SourceOrganisation}, chosen in the form; the organisation's name is free
 * text). Each one saved publishes {@link ProfessionalRequestMade} for the statistics.
 */
@Service
public class ProfessionalRequests {

    public static final String OBJECT = "PROFESSIONAL_REQUEST";
    public static final int TEXT_LIMIT = 4_000;
    public static final int ORGANISATION_LIMIT = 200;
    static final int LIST_LIMIT = 100;

    private final ProfessionalRequestRepository requests;
    private final ContactRequestRepository contacts;
    private final PersonService persons;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int answerTargetDays;

    ProfessionalRequests(ProfessionalRequestRepository requests, ContactRequestRepository contacts,
            PersonService persons, StaffDirectory staff, CurrentUser currentUser, AuditLog auditLog,
            ApplicationEventPublisher events, Clock clock,
            @Value("${tyollisyystalo.referral.answer-target-working-days:3}") int answerTargetDays) {
        this.requests = requests;
        this.contacts = contacts;
        this.persons = persons;
        this.staff = staff;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.answerTargetDays = answerTargetDays;
    }

    /** The answer target in working days, told to the professional. */
    @ReferringStaff
    public int answerTargetWorkingDays() {
        return answerTargetDays;
    }

    /**
     * Refers a resident to the team. The code is checked and kept only as a pseudonym.
     *
     * @param source the kind of organisation the referral comes from (required: null is refused at its field)
     * @throws ProfessionalRequestProblem naming the field that can't be accepted
     */
    @Transactional
    @ReferringStaff
    public long refer(String rawHetu, @Nullable SourceOrganisation source, String organisation, String purpose) {
        checkSource(source);
        checkText("organisation", organisation, ORGANISATION_LIMIT);
        checkText("purpose", purpose, TEXT_LIMIT);
        String key;
        try {
            key = persons.referralKey(rawHetu);
        } catch (InvalidHetuException e) {
            throw new ProfessionalRequestProblem("hetu", "professional.error.hetu");
        }
        return save(ProfessionalRequestKind.REFERRAL, source, key, organisation, purpose, false);
    }

    /**
     * Asks the team for advice. Without the client's consent the question must not identify them: a personal
     * identity code in it is refused. With consent, the client's code is given in its own field.
     *
     * @param source        the kind of organisation asking (required: null is refused at its field)
     * @param consentedHetu the client's code when they consented to being named, else null
     * @param byPhone       a team member records a consultation that came by phone
     */
    @Transactional
    @ReferringStaff
    public long consult(@Nullable SourceOrganisation source, String organisation, String question,
            @Nullable String consentedHetu, boolean byPhone) {
        checkSource(source);
        checkText("organisation", organisation, ORGANISATION_LIMIT);
        checkText("question", question, TEXT_LIMIT);
        if (Hetu.appearsIn(question)) {
            throw new ProfessionalRequestProblem("question", "professional.error.hetuInText");
        }
        String key = null;
        if (consentedHetu != null && !consentedHetu.isBlank()) {
            try {
                key = persons.referralKey(consentedHetu);
            } catch (InvalidHetuException e) {
                throw new ProfessionalRequestProblem("hetu", "professional.error.hetu");
            }
        }
        if (byPhone && !onTheTeam()) {
            throw new ProfessionalRequestProblem("byPhone", "professional.error.phoneByTeam");
        }
        return save(ProfessionalRequestKind.CONSULTATION, source, key, organisation, question, byPhone);
    }

    /** The newest referrals or consultations (at most {@value #LIST_LIMIT}); the listing is audited. */
    @Transactional
    @ClientWork
    public List<ProfessionalRequestItem> list(ProfessionalRequestKind kind) {
        List<ProfessionalRequestEntity> found = requests.findByKindOrderByCreatedAtDescIdDesc(kind,
                PageRequest.of(0, LIST_LIMIT));
        Map<String, Long> residents = persons.personIdsByReferralKey(found.stream().map(
                ProfessionalRequestEntity::personKey).filter(Objects::nonNull).toList());
        Map<Long, Instant> latestContact = new java.util.HashMap<>();
        if (!residents.isEmpty()) {
            for (Object[] row : contacts.latestContactOf(residents.values())) {
                latestContact.put((Long) row[0], (Instant) row[1]);
            }
        }
        auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT).because(Purpose.CONSULTATION));
        Instant now = clock.instant();
        List<ProfessionalRequestItem> items = new ArrayList<>();
        for (ProfessionalRequestEntity r : found) {
            Long personId = r.personKey() == null ? null : residents.get(r.personKey());
            Instant contacted = personId == null ? null : latestContact.get(personId);
            boolean contactMade = contacted != null && contacted.isAfter(r.createdAt());
            items.add(new ProfessionalRequestItem(r.id(), r.kind(), r.source(), r.organisation(), r.body(), r.byPhone(),
                    r.createdByName(), r.createdAt(), r.dueAt(), r.answer() == null && r.dueAt().isBefore(now),
                    r.personKey() != null, contactMade, r.answer(), r.answeredByName()));
        }
        return items;
    }

    /**
     * How many referrals and consultations came from each kind of organisation (kind of organisation → kind →
     * count), in the order of {@link SourceOrganisation}; kinds nothing came from are left out.
     */
    @Transactional(readOnly = true)
    @ClientWork
    public Map<SourceOrganisation, Map<ProfessionalRequestKind, Long>> countsByOrganisation() {
        Map<SourceOrganisation, Map<ProfessionalRequestKind, Long>> counts = new java.util.EnumMap<>(
                SourceOrganisation.class);
        for (Object[] row : requests.countBySource()) {
            counts.computeIfAbsent((SourceOrganisation) row[0], o -> new LinkedHashMap<>())
                    .put((ProfessionalRequestKind) row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }

    /** The team answers a consultation or a referral (the answer is shown to the professional's organisation). */
    @Transactional
    @ClientWork
    public void answer(long id, String text) {
        checkText("answer", text, TEXT_LIMIT);
        ProfessionalRequestEntity r = requests.findById(id).orElseThrow(() -> new ContactRequestNotFoundException(id));
        r.answer(text.strip(), currentUser.auditActor().name(), clock.instant());
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, id).because(Purpose.CONSULTATION));
    }

    private long save(ProfessionalRequestKind kind, SourceOrganisation source, @Nullable String key,
            String organisation, String body, boolean byPhone) {
        var me = currentUser.auditActor();
        Instant now = clock.instant();
        ProfessionalRequestEntity saved = requests.saveAndFlush(new ProfessionalRequestEntity(kind, source, key,
                organisation.strip(), body.strip(), byPhone, me.id(), me.name(), now, WorkingDays.due(now,
                        answerTargetDays)));
        auditLog.record(AuditEntry.by(me).creates(OBJECT, saved.id()).because(Purpose.CONSULTATION));
        // whom it names (once they have logged in) and the recording team member's team: looked up as the
        // service itself, since a partner's professional may read neither
        Long personId = key == null ? null : SystemActor.call(() -> persons.personIdOfReferralKey(key)).orElse(null);
        String team = onTheTeam() ? SystemActor.call(() -> staff.teamCodeOf(me.id())).orElse(null) : null;
        events.publishEvent(new ProfessionalRequestMade(saved.id(), kind, source, byPhone, personId, team, now));
        return saved.id();
    }

    /** The signed-in user works on the team (client work), not at a partner organisation. */
    private boolean onTheTeam() {
        return currentUser.get().map(u -> u.roles().stream().anyMatch(Roles.CLIENT_WORK_ROLES::contains))
                .orElse(false);
    }

    private static void checkSource(@Nullable SourceOrganisation source) {
        if (source == null) {
            throw new ProfessionalRequestProblem("source", "professional.error.required.source");
        }
    }

    private static void checkText(String field, String value, int limit) {
        if (value.isBlank()) {
            throw new ProfessionalRequestProblem(field, "professional.error.required." + field);
        }
        if (value.length() > limit) {
            throw new ProfessionalRequestProblem(field, "contactform.error.tooLong", limit, value.length());
        }
    }
}
