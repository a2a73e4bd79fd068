package fi.tyollisyystalo.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.NetworkPartner;
import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.identity.ConsentKind;
import fi.tyollisyystalo.identity.ConsentScope;
import fi.tyollisyystalo.identity.Consents;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.StaffDirectory;
import fi.tyollisyystalo.identity.StaffMember;

/**
 * The client's network: the organisations involved with the client and a contact person at each. Staff of the
 * team record them; what an entry says is shown to staff only while the client's consent for that organisation
 * ({@link ConsentKind#NETWORK_SHARE}, one per entry) is in force, and the client gives and withdraws it on their
 * plan page or in the consent centre. A partner professional named in an entry reads the client's plan under the
 * same consent, and finds nothing without it. Every read and change is audited.
 */
@Service
public class CaseNetwork {

    public static final String OBJECT = "CASE_NETWORK";
    /** The version of the consent text the resident is shown for a network organisation. */
    public static final String CONSENT_VERSION = "2026-12-7";
    private static final int NAME_MAX = 200;
    private static final int INFO_MAX = 300;

    private final JdbcTemplate jdbc;
    private final Consents consents;
    private final PersonService persons;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseNetwork(JdbcTemplate jdbc, Consents consents, PersonService persons, StaffDirectory staff,
            CurrentUser currentUser, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.persons = persons;
        this.staff = staff;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    // --- the team --------------------------------------------------------------------------------------

    /** The case's network as the team sees it: details only of the organisations the client has opened. */
    @Transactional
    @ClientWork
    public List<NetworkMember> network(long caseId) {
        long personId = personOf(caseId);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT, caseId).of(personId)
                .because(Purpose.PLAN));
        return members("case_id = ? AND removed_at IS NULL", false, caseId);
    }

    /** The partner professionals who can be named in an entry (those who have signed in once), by name. */
    @Transactional(readOnly = true)
    @ClientWork
    public List<StaffMember> partners() {
        return staff.members(fi.tyollisyystalo.base.security.Roles.PROFESSIONAL);
    }

    /** Staff add an organisation to an open case's network; returns its id. */
    @Transactional
    @ClientWork
    public long add(long caseId, NetworkDraft draft) {
        List<Long> open = jdbc.queryForList("SELECT person_id FROM client_case WHERE id = ? AND status <> 'CLOSED'",
                Long.class, caseId);
        if (open.isEmpty()) {
            personOf(caseId);
            throw new PlanRefused(PlanRefused.Reason.FINAL);
        }
        long personId = open.getFirst();
        String organisation = Cases.text(draft.organisation(), NAME_MAX, true);
        String contactName = Cases.text(draft.contactName(), NAME_MAX, false);
        String contactInfo = Cases.text(draft.contactInfo(), INFO_MAX, false);
        String partner = draft.staffSubject() == null || draft.staffSubject().isBlank() ? null : draft.staffSubject();
        if (partner != null && partners().stream().noneMatch(p -> p.subject().equals(partner))) {
            throw new PlanRefused(PlanRefused.Reason.INVALID);
        }
        Instant now = clock.instant();
        jdbc.update("INSERT INTO case_network_member (case_id, category, organisation, contact_role, contact_name,"
                + " contact_info, staff_subject, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", caseId,
                draft.category().name(), organisation, draft.role().name(), contactName, contactInfo, partner,
                utc(now), currentUser.auditActor().name());
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(OBJECT, id).of(personId)
                .because(Purpose.PLAN));
        events.publishEvent(new CaseStepTaken(caseId, personId, CaseStepTaken.Step.NETWORK_ADDED,
                draft.category().name(), now));
        return id;
    }

    /** Staff remove an organisation from the network; its partner professional no longer sees the plan. */
    @Transactional
    @ClientWork
    public void remove(long memberId) {
        List<Long> found = jdbc.queryForList("SELECT c.person_id FROM case_network_member m JOIN client_case c"
                + " ON c.id = m.case_id WHERE m.id = ? AND m.removed_at IS NULL", Long.class, memberId);
        if (found.isEmpty()) {
            throw new CaseNotFoundException();
        }
        jdbc.update("UPDATE case_network_member SET removed_at = ? WHERE id = ?", utc(clock.instant()), memberId);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(AuditAction.DELETE, OBJECT,
                String.valueOf(memberId)).of(found.getFirst())
                .because(Purpose.PLAN));
    }

    // --- the client ------------------------------------------------------------------------------------

    /** The resident's own network (of their open case), with what each entry says and whether it is open. */
    @Transactional
    @ResidentOnly
    public List<NetworkMember> myNetwork() {
        long me = currentUser.requirePersonId();
        List<NetworkMember> mine = members("case_id IN (SELECT id FROM client_case WHERE person_id = ? AND status"
                + " <> 'CLOSED') AND removed_at IS NULL", true, me);
        if (!mine.isEmpty()) {
            auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT, mine.getFirst().caseId()).of(me)
                    .because(Purpose.OWN_DATA));
        }
        return mine;
    }

    /**
     * The resident opens an organisation of their network ({@code allow}) or closes it again. Someone else's
     * entry is not found.
     */
    @Transactional
    @ResidentOnly
    public void setMyConsent(long memberId, boolean allow) {
        long me = currentUser.requirePersonId();
        Integer mine = jdbc.queryForObject("SELECT COUNT(*) FROM case_network_member m JOIN client_case c ON c.id ="
                + " m.case_id WHERE m.id = ? AND c.person_id = ? AND m.removed_at IS NULL", Integer.class, memberId,
                me);
        if (mine == null || mine == 0) {
            throw new CaseNotFoundException();
        }
        if (allow) {
            consents.give(ConsentKind.NETWORK_SHARE, memberId, CONSENT_VERSION, ConsentScope.ORGANISATION);
        } else {
            consents.withdraw(ConsentKind.NETWORK_SHARE, memberId);
        }
    }

    // --- the partner professional -------------------------------------------------------------------------

    /** The clients whose plan is open to the signed-in partner professional, oldest case first. Audited. */
    @Transactional
    @NetworkPartner
    public List<SharedCase> sharedWithMe() {
        String me = currentUser.get().orElseThrow().subject();
        record Row(long memberId, long caseId, long personId, String organisation, NetworkCategory category,
                LocalDate openedOn, String responsible) {
        }
        List<Row> rows = jdbc.query("SELECT m.id, m.case_id, c.person_id, m.organisation, m.category, c.opened_on,"
                + " c.responsible_name FROM case_network_member m JOIN client_case c ON c.id = m.case_id"
                + " WHERE m.staff_subject = ? AND m.removed_at IS NULL AND c.status <> 'CLOSED' ORDER BY c.opened_at",
                (rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        NetworkCategory.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getString(7)),
                me);
        Set<Long> open = consents.networkSharesInForce(rows.stream().map(Row::memberId).toList());
        List<Row> shared = rows.stream().filter(r -> open.contains(r.memberId())).toList();
        Map<Long, String> names = persons.clientNames(shared.stream().map(Row::personId).collect(Collectors.toSet()));
        for (Row r : shared) {
            auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(Cases.PLAN).of(r.personId())
                    .because(Purpose.PLAN));
        }
        return shared.stream().map(r -> new SharedCase(r.caseId(), names.getOrDefault(r.personId(), ""),
                r.organisation(), r.category(), r.openedOn(), r.responsible())).toList();
    }

    /**
     * The plan of a client who has opened it to the signed-in partner professional's organisation, with the
     * organisations of the network the client has opened. Without that consent: not found. Audited.
     */
    @Transactional
    @NetworkPartner
    public SharedPlan sharedPlan(long caseId) {
        String me = currentUser.get().orElseThrow().subject();
        List<Long> entries = jdbc.queryForList("SELECT m.id FROM case_network_member m JOIN client_case c ON c.id ="
                + " m.case_id WHERE m.case_id = ? AND m.staff_subject = ? AND m.removed_at IS NULL AND c.status <>"
                + " 'CLOSED'", Long.class, caseId, me);
        if (entries.isEmpty() || consents.networkSharesInForce(entries).isEmpty()) {
            throw new CaseNotFoundException();
        }
        var c = jdbc.queryForMap("SELECT person_id, responsible_name, opened_on FROM client_case WHERE id = ?",
                caseId);
        long personId = ((Number) c.get("person_id")).longValue();
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(Cases.PLAN, caseId).of(personId)
                .because(Purpose.PLAN));
        List<NetworkMember> network = members("case_id = ? AND removed_at IS NULL", false, caseId).stream()
                .filter(NetworkMember::consented).toList();
        return new SharedPlan(caseId, persons.clientNames(List.of(personId)).getOrDefault(personId, ""),
                (String) c.get("responsible_name"), toLocalDate(c.get("opened_on")), PlanItems.where(jdbc,
                        "i.case_id = ?", caseId), network);
    }

    // --- the work ----------------------------------------------------------------------------------------

    /** The entries matching {@code where}; what they say only where consented, or always for the client. */
    private List<NetworkMember> members(String where, boolean ownView, Object arg) {
        record Row(long id, long caseId, NetworkCategory category, ContactRole role, String organisation,
                String contactName, String contactInfo, @Nullable String partner, Instant addedAt, String addedBy) {
        }
        List<Row> rows = jdbc.query("SELECT * FROM case_network_member WHERE " + where + " ORDER BY id",
                (rs, n) -> new Row(rs.getLong("id"), rs.getLong("case_id"),
                        NetworkCategory.valueOf(rs.getString("category")), ContactRole.valueOf(rs.getString(
                                "contact_role")), rs.getString("organisation"), rs.getString("contact_name"),
                        rs.getString("contact_info"), rs.getString("staff_subject"),
                        rs.getObject("added_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("added_by")), arg);
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> open = ownView ? consents.mySubjectsInForce(ConsentKind.NETWORK_SHARE)
                : consents.networkSharesInForce(rows.stream().map(Row::id).toList());
        Set<String> partners = rows.stream().map(Row::partner).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> partnerNames = partners.isEmpty() ? Map.of() : staff.displayNames(partners);
        return rows.stream().map(r -> {
            boolean consented = open.contains(r.id());
            boolean shown = consented || ownView;
            String partner = r.partner() == null ? null : partnerNames.getOrDefault(r.partner(), "");
            return new NetworkMember(r.id(), r.caseId(), r.category(), r.role(), consented,
                    shown ? r.organisation() : null, shown ? r.contactName() : null, shown ? r.contactInfo() : null,
                    shown ? partner : null, r.addedAt(), r.addedBy());
        }).toList();
    }

    private long personOf(long caseId) {
        List<Long> found = jdbc.queryForList("SELECT person_id FROM client_case WHERE id = ?", Long.class, caseId);
        if (found.isEmpty()) {
            throw new CaseNotFoundException();
        }
        return found.getFirst();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
