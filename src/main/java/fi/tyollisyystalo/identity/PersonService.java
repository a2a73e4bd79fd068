package fi.tyollisyystalo.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.ReferringStaff;
import fi.tyollisyystalo.base.security.SystemOnly;
import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.identity.internal.ConsentStore;
import fi.tyollisyystalo.identity.internal.Person;
import fi.tyollisyystalo.identity.internal.PersonStore;

/**
 * Residents' own data and staff access to a client's basic data. Every read and write of a person's
 * data is audited; residents reach only their own record, staff only with a client-work role and a
 * stated purpose.
 */
@Service
public class PersonService {

    public static final String OBJECT_PROFILE = "PERSON_PROFILE";
    /** Version of the notification consent text shown on My page; change it when the text changes. */
    public static final String NOTIFICATION_CONSENT_VERSION = "2026-11-1";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,19}$");

    private final PersonStore store;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ConsentStore consents;

    PersonService(PersonStore store, CurrentUser currentUser, AuditLog auditLog, Clock clock, ConsentStore consents) {
        this.clock = clock;
        this.consents = consents;
        this.store = store;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Transactional
    @ResidentOnly
    public MyProfile myProfile() {
        Person p = store.get(currentUser.requirePersonId());
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT_PROFILE, p.id()).of(p.id())
                .because(Purpose.OWN_DATA));
        Hetu hetu = store.hetuOf(p);
        return new MyProfile(p.givenName(), p.familyName(), hetu.value(), hetu.ageOn(today()),
                p.preferredLanguage(), p.email(), p.phone(), consents.inForce(p.id(), ConsentKind.NOTIFICATIONS, null)
                        .map(ConsentRecord::givenAt).orElse(null));
    }

    @Transactional
    @ResidentOnly
    public void updateMyProfile(ProfileUpdate update) {
        Map<String, String> errors = new LinkedHashMap<>();
        String email = blankToNull(update.email());
        String phone = blankToNull(update.phone());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.put("email", "mypage.profile.email.invalid");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.put("phone", "mypage.profile.phone.invalid");
        }
        if ((email != null || phone != null) && !update.notificationConsent()) {
            errors.put("consent", "mypage.profile.consent.required");
        }
        if (Languages.fromTag(update.preferredLanguage()).isEmpty()) {
            errors.put("language", "mypage.profile.language.invalid");
        }
        if (!errors.isEmpty()) {
            throw new ProfileValidationException(errors);
        }
        Person p = store.get(currentUser.requirePersonId());
        boolean consent = update.notificationConsent() && (email != null || phone != null);
        store.updateContact(p, update.preferredLanguage(), email, phone);
        if (consent) {
            if (consents.inForce(p.id(), ConsentKind.NOTIFICATIONS, null).isEmpty()) {
                ConsentRecord given = consents.give(p.id(), ConsentKind.NOTIFICATIONS, null,
                        NOTIFICATION_CONSENT_VERSION, ConsentScope.ORGANISATION, clock.instant());
                auditConsent(p.id(), given.id(), AuditAction.CREATE);
            }
        } else {
            consents.inForce(p.id(), ConsentKind.NOTIFICATIONS, null).ifPresent(c -> {
                consents.withdraw(p.id(), ConsentKind.NOTIFICATIONS, null, clock.instant());
                auditConsent(p.id(), c.id(), AuditAction.DELETE);
            });
        }
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT_PROFILE, p.id()).of(p.id())
                .because(Purpose.OWN_DATA));
    }

    /**
     * The signed-in resident's age today, from the birth date of their personal identity code. The
     * feature that needs it (e.g. health check scoring) audits its own processing.
     */
    @Transactional(readOnly = true)
    @ResidentOnly
    public int myAge() {
        Person p = store.get(currentUser.requirePersonId());
        return java.time.Period.between(p.birthDate(), today()).getYears();
    }

    /**
     * Names of clients for a client-work professional's worklist (or a partner professional's list of the
     * clients who opened their plan to them), by person id. The feature that lists them decides whose names may
     * be shown (e.g. consent to share) and audits the listing.
     */
    @Transactional(readOnly = true)
    @ReferringStaff
    public Map<Long, String> clientNames(java.util.Collection<Long> personIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Person p : store.getAll(personIds)) {
            names.put(p.id(), p.givenName() + " " + p.familyName());
        }
        return names;
    }

    /**
     * Where notices to the person may go, when they have consented to notices: asked by the notification
     * job, as the system, right before sending (a withdrawn consent or a removed address stops the notice).
     */
    @Transactional(readOnly = true)
    @SystemOnly
    public Optional<NoticeAddress> noticeAddress(long personId) {
        Person p = store.get(personId);
        if (consents.inForce(personId, ConsentKind.NOTIFICATIONS, null).isEmpty()) {
            return Optional.empty();
        }
        var address = new NoticeAddress(p.id(), Languages.fromTag(p.preferredLanguage()).orElse(Languages.FINNISH),
                p.email(), p.phone());
        return address.reachable() ? Optional.of(address) : Optional.empty();
    }

    /**
     * What the statistics keep of a person at a moment, for the service itself: a pseudonym for counting a client
     * once, the age then and the sex, both from the identity code. Never a name, a code or an address. Not
     * audited per call: nothing of it identifies the person or is shown of one person. A moment before the birth
     * date gives no age (an event must not fail for it: the statistics' listener would retry it for good).
     */
    @Transactional(readOnly = true)
    @SystemOnly
    public StatisticalPerson statisticalPerson(long personId, java.time.Instant at) {
        Person p = store.get(personId);
        Hetu hetu = store.hetuOf(p);
        LocalDate day = LocalDate.ofInstant(at, Formats.HELSINKI);
        return new StatisticalPerson(store.statisticsKey(personId),
                day.isBefore(hetu.birthDate()) ? null : hetu.ageOn(day), hetu.sex());
    }

    /** Staff looks at the resident's data, newest first. */
    @Transactional(readOnly = true)
    @ResidentOnly
    public Page<DataAccess> whoHasSeenMyData(Pageable pageable) {
        return auditLog.staffAccessesTo(currentUser.requirePersonId(), pageable)
                .map(r -> new DataAccess(r.occurredAt(), r.actor().name(), r.actor().role(), r.objectType(),
                        r.action().name(), r.purpose()));
    }

    /**
     * A pseudonym of a resident for a referral by a professional: the code is checked and turned into its keyed
     * lookup hash, so the referral can later be matched to the resident's own contact without storing the code.
     *
     * @throws InvalidHetuException when the code is not a valid personal identity code
     */
    @fi.tyollisyystalo.base.security.ReferringStaff
    public String referralKey(String rawHetu) {
        return store.lookupKey(Hetu.parse(rawHetu));
    }

    /** Which of these referral keys belong to a resident who has logged in, and their person ids. */
    @Transactional(readOnly = true)
    @ClientWork
    public Map<String, Long> personIdsByReferralKey(java.util.Collection<String> keys) {
        return store.idsByLookupKeys(keys);
    }

    /**
     * The person id of the resident a referral key belongs to, once they have logged in: for the service itself,
     * so that the event of a professional's referral (or consented consultation) names whom it is about. Not
     * audited: the id goes only into that event, never on a screen.
     */
    @Transactional(readOnly = true)
    @SystemOnly
    public Optional<Long> personIdOfReferralKey(String key) {
        return Optional.ofNullable(store.idsByLookupKeys(List.of(key)).get(key));
    }

    /** A client-work professional finds a client by personal identity code, for a stated purpose. */
    @Transactional
    @ClientWork
    public Optional<ClientSummary> findClientByHetu(String rawHetu, Purpose purpose) {
        requirePurpose(purpose);
        Hetu hetu = Hetu.parse(rawHetu);
        Optional<Person> found = store.findByHetu(hetu);
        if (found.isEmpty()) {
            auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT_PROFILE).because(purpose));
            return Optional.empty();
        }
        return Optional.of(summary(found.get(), hetu, purpose));
    }

    @Transactional
    @ClientWork
    public ClientSummary client(long personId, Purpose purpose) {
        requirePurpose(purpose);
        Person p = store.get(personId);
        return summary(p, store.hetuOf(p), purpose);
    }

    private ClientSummary summary(Person p, Hetu hetu, Purpose purpose) {
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT_PROFILE, p.id()).of(p.id())
                .because(purpose));
        return new ClientSummary(p.id(), p.givenName(), p.familyName(), hetu.masked(), hetu.ageOn(today()),
                p.preferredLanguage(), p.email(), p.phone());
    }

    private void auditConsent(long personId, long consentId, AuditAction action) {
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(action, Consents.OBJECT, String.valueOf(consentId))
                .of(personId).because(Purpose.OWN_DATA));
    }

    /** Only a purpose of client work opens a client's data (not, say, a resident's own-data purpose). */
    private static void requirePurpose(@Nullable Purpose purpose) {
        if (purpose == null || !purpose.isClientWork()) {
            throw new IllegalArgumentException("A client-work purpose is required to open a client's data");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.HELSINKI));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
