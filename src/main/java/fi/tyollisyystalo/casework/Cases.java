package fi.tyollisyystalo.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.audit.Actor;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.ManagerOnly;
import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.base.security.SystemOnly;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.StaffDirectory;

/**
 * The client's case and the shared plan. A case opens when the team accepts a contact request (once per
 * request, however often the event is delivered; a client with an open case keeps that one) or when client-work
 * staff open it. Every change of a goal or an action is a new version with who, in which role and when
 * ({@code plan_item_history}); a change names the version it was made on, so of two people editing at once the
 * second is told ({@link PlanRefused.Reason#CHANGED}) and keeps what they typed. Done and cancelled items are
 * final; an agreed item can be changed by the client only in its status (their own actions) and comments.
 * Staff reads are audited with purpose {@link Purpose#PLAN}, the client's own with {@code OWN_DATA}.
 */
@Service
public class Cases {

    public static final String OBJECT = "CLIENT_CASE";
    public static final String PLAN = "WORK_ABILITY_PLAN";
    public static final String NOTE = "CASE_NOTE";
    private static final int TITLE_MAX = 300;
    private static final int TEXT_MAX = 2000;

    private final JdbcTemplate jdbc;
    private final PersonService persons;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cases(JdbcTemplate jdbc, PersonService persons, StaffDirectory staff, CurrentUser currentUser, AuditLog auditLog,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.staff = staff;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    // --- opening and the case ---------------------------------------------------------------------------

    /**
     * Opens the case of an accepted contact request, with the accepting coordinator as the responsible worker.
     * Idempotent: the same request again, or a client who already has an open case, opens nothing new.
     */
    @Transactional
    @SystemOnly
    public long openFromRequest(long requestId, long personId, String acceptedBy, String acceptedByName) {
        List<Long> existing = jdbc.queryForList("SELECT id FROM client_case WHERE from_request_id = ?"
                + " OR open_person = ? ORDER BY id LIMIT 1", Long.class, requestId, personId);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        try {
            return insertCase(personId, requestId, acceptedBy, acceptedByName);
        } catch (DuplicateKeyException raced) {
            // the same request delivered at the same moment: the other delivery's case (a locking read sees the
            // committed row, which this transaction's snapshot does not)
            return jdbc.queryForObject("SELECT id FROM client_case WHERE from_request_id = ? OR open_person = ?"
                    + " ORDER BY id LIMIT 1 FOR UPDATE", Long.class, requestId, personId);
        }
    }

    /** Client-work staff open a case for a client (found by identity code elsewhere); they are responsible. */
    @Transactional
    @ClientWork
    public long open(long personId) {
        if (persons.clientNames(List.of(personId)).isEmpty()) {
            throw new CaseNotFoundException();
        }
        var me = currentUser.get().orElseThrow();
        try {
            return insertCase(personId, null, me.subject(), me.displayName());
        } catch (DuplicateKeyException alreadyOpen) {
            throw new PlanRefused(PlanRefused.Reason.ALREADY_OPEN);
        }
    }

    private long insertCase(long personId, @Nullable Long requestId, String responsible, String responsibleName) {
        Instant now = clock.instant();
        LocalDate today = HelsinkiTime.today(clock);
        long id = insert("INSERT INTO client_case (person_id, status, opened_at, opened_on, from_request_id,"
                + " responsible_subject, responsible_name) VALUES (?, 'OPEN', ?, ?, ?, ?, ?)", personId, utc(now),
                today, requestId, responsible, responsibleName);
        for (var e : EvaluationDates.of(today).entrySet()) {
            jdbc.update("INSERT INTO interim_evaluation (case_id, kind, due_on, status) VALUES (?, ?, ?, 'DUE')", id,
                    e.getKey(), e.getValue());
        }
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(OBJECT, id).of(personId)
                .because(Purpose.PLAN));
        events.publishEvent(new CaseStepTaken(id, personId, CaseStepTaken.Step.OPENED,
                requestId == null ? "STAFF" : "REQUEST",
                now));
        return id;
    }

    /** The open and paused cases this staff member is responsible for, oldest first. */
    @Transactional
    @ClientWork
    public List<ClientCase> myCases() {
        String me = currentUser.get().orElseThrow().subject();
        List<ClientCase> found = cases("responsible_subject = ? AND status <> 'CLOSED' ORDER BY opened_at", me);
        for (ClientCase c : found) {
            auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT).of(c.personId())
                    .because(Purpose.PLAN));
        }
        return found;
    }

    /** A client's open case, if any (for links from the client's other pages). Audited when found. */
    @Transactional
    @ClientWork
    public Optional<ClientCase> openCaseOf(long personId) {
        Optional<ClientCase> found = cases("person_id = ? AND status <> 'CLOSED'", personId).stream().findFirst();
        found.ifPresent(c -> auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT, c.id())
                .of(personId).because(Purpose.PLAN)));
        return found;
    }

    /** One case. Audited. */
    @Transactional
    @ClientWork
    public ClientCase get(long caseId) {
        ClientCase c = cases("id = ?", caseId).stream().findFirst().orElseThrow(CaseNotFoundException::new);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT, caseId).of(c.personId())
                .because(Purpose.PLAN));
        return c;
    }

    /** Records the segment's two axes and the step on the path; returns the new version. */
    @Transactional
    @ClientWork
    public long setSegment(long caseId, long version, Segment.@Nullable Coping coping, Segment.@Nullable Need need,
            int pathStep) {
        if (pathStep < 1 || pathStep > 6) {
            throw new PlanRefused(PlanRefused.Reason.INVALID);
        }
        ClientCase c = get(caseId);
        changeCase(c, version, "daily_coping = ?, service_need = ?, path_step = ?", coping == null ? null : coping.name(),
                need == null ? null : need.name(), pathStep);
        Segment segment = Segment.of(coping, need);
        events.publishEvent(new CaseStepTaken(caseId, c.personId(), CaseStepTaken.Step.SEGMENT_SET,
                segment == null ? null : segment.name(), clock.instant()));
        return version + 1;
    }

    /**
     * Records or corrects how long the client had been unemployed when the case started; returns the new version.
     * A change is audited as the segment's is and is a step for the statistics ({@code UNEMPLOYMENT_RECORDED},
     * the duration's name as detail); the same value again changes nothing. Like the segment, the case keeps only
     * the latest value (the audit log says who changed it and when).
     */
    @Transactional
    @ClientWork
    public long recordUnemployment(long caseId, long version, UnemploymentDuration duration) {
        ClientCase c = get(caseId);
        if (c.unemployment() == duration && c.version() == version) {
            return version;
        }
        changeCase(c, version, "unemployment = ?", duration.name());
        events.publishEvent(new CaseStepTaken(caseId, c.personId(), CaseStepTaken.Step.UNEMPLOYMENT_RECORDED,
                duration.name(), clock.instant()));
        return version + 1;
    }

    /** Closes the case with its outcome; evaluations not yet done are no longer due. Returns the new version. */
    @Transactional
    @ClientWork
    public long close(long caseId, long version, Outcome outcome, String note) {
        ClientCase c = get(caseId);
        String checked = text(note, TEXT_MAX, false);
        changeCase(c, version, "status = 'CLOSED', outcome = ?, outcome_note = ?, closed_at = ?", outcome.name(),
                checked, utc(clock.instant()));
        jdbc.update("DELETE FROM interim_evaluation WHERE case_id = ? AND status = 'DUE'", caseId);
        Instant now = clock.instant();
        events.publishEvent(new CaseStepTaken(caseId, c.personId(), CaseStepTaken.Step.OUTCOME, outcome.name(), now));
        events.publishEvent(new CaseStepTaken(caseId, c.personId(), CaseStepTaken.Step.CLOSED, outcome.name(), now));
        return version + 1;
    }

    private void changeCase(ClientCase c, long version, String set, @Nullable Object... values) {
        List<@Nullable Object> args = new ArrayList<>(java.util.Arrays.asList(values));
        args.add(c.id());
        args.add(version);
        if (jdbc.update("UPDATE client_case SET " + set + ", version = version + 1 WHERE id = ? AND version = ?",
                args.toArray()) == 0) {
            throw new PlanRefused(PlanRefused.Reason.CHANGED);
        }
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, c.id()).of(c.personId())
                .because(Purpose.PLAN));
    }

    // --- the plan --------------------------------------------------------------------------------------

    /** The case's plan: goals and actions, oldest first, with comments. Audited. */
    @Transactional
    @ClientWork
    public List<PlanItem> plan(long caseId) {
        ClientCase c = cases("id = ?", caseId).stream().findFirst().orElseThrow(CaseNotFoundException::new);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(PLAN, caseId).of(c.personId())
                .because(Purpose.PLAN));
        return items(caseId);
    }

    /** Staff add a goal or an action; returns its id. */
    @Transactional
    @ClientWork
    public long addItem(long caseId, PlanDraft draft) {
        ClientCase c = cases("id = ?", caseId).stream().findFirst().orElseThrow(CaseNotFoundException::new);
        if (c.status() == CaseStatus.CLOSED) {
            throw new PlanRefused(PlanRefused.Reason.FINAL);
        }
        PlanDraft d = checked(caseId, draft);
        Instant now = clock.instant();
        long id = insert("INSERT INTO plan_item (case_id, kind, goal_id, title, detail, party, due_on, status, agreed,"
                + " result, decision, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", caseId,
                d.kind().name(), d.goalId(), d.title(), d.detail(), d.party().name(), d.dueOn(), d.status().name(),
                d.agreed(), d.result(), d.decision(), utc(now));
        history(id, 0, d, now);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(PLAN, id).of(c.personId())
                .because(Purpose.PLAN));
        if (d.kind().isAction()) {
            events.publishEvent(new CaseStepTaken(caseId, c.personId(), CaseStepTaken.Step.ACTION_ADDED,
                    d.party().name(), now));
        }
        planAgreed(caseId, c.personId(), d.agreed(), now);
        return id;
    }

    /** Staff change a goal or an action: a new version, unless it is final or changed since {@code version}. */
    @Transactional
    @ClientWork
    public long editItem(long itemId, long version, PlanDraft draft) {
        PlanItem current = item(itemId);
        long caseId = caseOfItem(itemId);
        if (current.status().isFinal()) {
            throw new PlanRefused(PlanRefused.Reason.FINAL);
        }
        PlanDraft d = checked(caseId, new PlanDraft(current.kind(), draft.goalId(), draft.title(), draft.detail(),
                draft.party(), draft.dueOn(), draft.status(), draft.agreed() || current.agreed(), draft.result(),
                draft.decision()));
        return update(itemId, caseId, version, d, current);
    }

    /** Staff or the client comment on an item (also a final one). */
    @Transactional
    @ClientWork
    public void comment(long itemId, String body) {
        long caseId = caseOfItem(itemId);
        addComment(itemId, caseId, "TEAM", body);
    }

    /** The case's notes, newest first. Audited. */
    @Transactional
    @ClientWork
    public List<CaseNote> notes(long caseId) {
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(NOTE, caseId).of(personOf(caseId))
                .because(Purpose.PLAN));
        return notes(caseId, false);
    }

    /** Staff write a note (e.g. a meeting summary), shared with the client when {@code shared}. */
    @Transactional
    @ClientWork
    public void addNote(long caseId, String body, boolean shared) {
        ClientCase c = cases("id = ?", caseId).stream().findFirst().orElseThrow(CaseNotFoundException::new);
        String text = text(body, 4000, true);
        long id = insert("INSERT INTO case_note (case_id, author_name, body, shared_with_client, written_at)"
                + " VALUES (?, ?, ?, ?, ?)", caseId, currentUser.auditActor().name(), text, shared,
                utc(clock.instant()));
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(NOTE, id).of(c.personId())
                .because(Purpose.PLAN));
    }

    private List<CaseNote> notes(long caseId, boolean sharedOnly) {
        return jdbc.query("SELECT * FROM case_note WHERE case_id = ?" + (sharedOnly ? " AND shared_with_client" : "")
                + " ORDER BY id DESC", (rs, n) -> new CaseNote(rs.getLong("id"), rs.getString("author_name"),
                        rs.getString("body"), rs.getBoolean("shared_with_client"), instant(rs, "written_at")), caseId);
    }

    // --- the client ------------------------------------------------------------------------------------

    /** The resident's own open case and plan, if they have one. Audited. */
    @Transactional
    @ResidentOnly
    public Optional<MyPlan> myPlan() {
        long personId = currentUser.requirePersonId();
        Optional<ClientCase> found = cases("person_id = ? AND status <> 'CLOSED'", personId).stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ClientCase c = found.get();
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(PLAN, c.id()).of(personId)
                .because(Purpose.OWN_DATA));
        return Optional.of(new MyPlan(c.id(), c.responsibleName(), c.openedOn(), items(c.id()), evaluations(
                "e.case_id = ?", c.id()), notes(c.id(), true)));
    }

    /**
     * The resident marks one of their own actions (the client responsible) done or back in progress; other
     * fields of an agreed action are not theirs to change. Returns the new version.
     */
    @Transactional
    @ResidentOnly
    public long setMyStatus(long itemId, long version, ItemStatus status) {
        PlanItem current = ownItem(itemId);
        if (!current.kind().isAction() || current.party() != Party.CLIENT
                || (status != ItemStatus.DONE && status != ItemStatus.IN_PROGRESS)) {
            throw new PlanRefused(PlanRefused.Reason.AGREED);
        }
        if (current.status().isFinal()) {
            throw new PlanRefused(PlanRefused.Reason.FINAL);
        }
        return update(itemId, caseOfItem(itemId), version, new PlanDraft(current.kind(), current.goalId(),
                current.title(), current.detail(), current.party(), current.dueOn(), status, current.agreed(),
                current.result(), current.decision()), current);
    }

    /** The resident comments on an item of their own plan. */
    @Transactional
    @ResidentOnly
    public void commentMine(long itemId, String body) {
        ownItem(itemId);
        addComment(itemId, caseOfItem(itemId), "RESIDENT", body);
    }

    // --- interim evaluations -----------------------------------------------------------------------------

    /** The case's interim evaluations, soonest first. Audited. */
    @Transactional
    @ClientWork
    public List<Evaluation> evaluations(long caseId) {
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT, caseId).of(personOf(caseId))
                .because(Purpose.PLAN));
        return evaluations("e.case_id = ?", caseId);
    }

    /**
     * Evaluations due by {@code until} (and overdue ones) of open cases — the staff member's own cases, or every
     * case when {@code wholeTeam} (the manager's view) — soonest first, with client names. Each client listed is
     * audited.
     */
    @Transactional
    @ClientWork
    public List<Evaluation> dueEvaluations(LocalDate until, boolean wholeTeam) {
        String me = currentUser.get().orElseThrow().subject();
        List<EvaluationRow> due = wholeTeam
                ? evaluationRows("e.status = 'DUE' AND c.status = 'OPEN' AND e.due_on <= ?", until)
                : evaluationRows("e.status = 'DUE' AND c.status = 'OPEN' AND e.due_on <= ?"
                        + " AND c.responsible_subject = ?", until, me);
        Set<Long> people = due.stream().map(EvaluationRow::personId).collect(Collectors.toSet());
        Map<Long, String> names = persons.clientNames(people);
        for (long person : people) {
            auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT).of(person)
                    .because(Purpose.PLAN));
        }
        return due.stream().map(r -> {
            Evaluation e = r.evaluation();
            return new Evaluation(e.id(), e.caseId(), e.kind(), e.dueOn(), e.status(), e.summary(),
                    names.getOrDefault(r.personId(), ""));
        }).toList();
    }

    /**
     * The manager's view: the interim evaluations of open cases held by their team's workers that are due by
     * {@code until} or overdue, soonest first, with the responsible worker. No client is named.
     */
    @Transactional(readOnly = true)
    @ManagerOnly
    public List<TeamEvaluation> teamEvaluations(LocalDate until) {
        List<String> team = staff.team(currentUser.get().orElseThrow().subject()).stream()
                .map(fi.tyollisyystalo.identity.StaffMember::subject).toList();
        if (team.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT e.case_id, e.kind, e.due_on, c.responsible_name FROM interim_evaluation e JOIN"
                + " client_case c ON c.id = e.case_id WHERE e.status = 'DUE' AND c.status = 'OPEN' AND e.due_on <= ?"
                + " AND c.responsible_subject IN (" + String.join(",", java.util.Collections.nCopies(team.size(), "?"))
                + ") ORDER BY e.due_on, e.id", (rs, n) -> new TeamEvaluation(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4)), java.util.stream.Stream.concat(
                                java.util.stream.Stream.of((Object) until), team.stream()).toArray());
    }

    /** The team records the evaluation meeting (with an optional outcome while the service goes on). */
    @Transactional
    @ClientWork
    public void evaluationDone(long evaluationId, String summary, @Nullable Outcome outcome) {
        List<Evaluation> found = evaluations("e.id = ?", evaluationId);
        if (found.isEmpty()) {
            throw new CaseNotFoundException();
        }
        Evaluation e = found.getFirst();
        ClientCase c = cases("id = ?", e.caseId()).stream().findFirst().orElseThrow(CaseNotFoundException::new);
        if (jdbc.update("UPDATE interim_evaluation SET status = 'DONE', done_at = ?, summary = ? WHERE id = ?"
                + " AND status = 'DUE'", utc(clock.instant()), text(summary, TEXT_MAX, true), evaluationId) == 0) {
            throw new PlanRefused(PlanRefused.Reason.CHANGED);
        }
        if (outcome != null) {
            jdbc.update("UPDATE client_case SET outcome = ?, version = version + 1 WHERE id = ?", outcome.name(),
                    c.id());
            events.publishEvent(new CaseStepTaken(c.id(), c.personId(), CaseStepTaken.Step.OUTCOME, outcome.name(),
                    clock.instant()));
        }
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, c.id()).of(c.personId())
                .because(Purpose.PLAN));
        events.publishEvent(new CaseStepTaken(c.id(), c.personId(), CaseStepTaken.Step.EVALUATION_DONE, e.kind(),
                clock.instant()));
    }

    // --- the work ----------------------------------------------------------------------------------------

    private long update(long itemId, long caseId, long version, PlanDraft d, PlanItem before) {
        Instant now = clock.instant();
        int changed = jdbc.update("UPDATE plan_item SET goal_id = ?, title = ?, detail = ?, party = ?, due_on = ?,"
                + " status = ?, agreed = ?, result = ?, decision = ?, version = version + 1, updated_at = ?"
                + " WHERE id = ? AND version = ?", d.goalId(), d.title(), d.detail(), d.party().name(), d.dueOn(),
                d.status().name(), d.agreed(), d.result(), d.decision(), utc(now), itemId, version);
        if (changed == 0) {
            throw new PlanRefused(PlanRefused.Reason.CHANGED);
        }
        history(itemId, version + 1, d, now);
        long personId = personOf(caseId);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(PLAN, itemId).of(personId)
                .because(currentUser.isResident() ? Purpose.OWN_DATA : Purpose.PLAN));
        if (d.kind().isAction() && d.status() == ItemStatus.DONE && before.status() != ItemStatus.DONE) {
            events.publishEvent(new CaseStepTaken(caseId, personId, CaseStepTaken.Step.ACTION_DONE,
                    d.party().name(), now));
        }
        planAgreed(caseId, personId, d.agreed() && !before.agreed(), now);
        return version + 1;
    }

    /** Publishes PLAN_AGREED when the item just agreed is the first agreed one of the case (an agreed item stays). */
    private void planAgreed(long caseId, long personId, boolean agreedNow, Instant at) {
        if (agreedNow && Integer.valueOf(1).equals(jdbc.queryForObject(
                "SELECT COUNT(*) FROM plan_item WHERE case_id = ? AND agreed", Integer.class, caseId))) {
            events.publishEvent(new CaseStepTaken(caseId, personId, CaseStepTaken.Step.PLAN_AGREED, null, at));
        }
    }

    private void history(long itemId, long version, PlanDraft d, Instant at) {
        Actor actor = currentUser.auditActor();
        jdbc.update("INSERT INTO plan_item_history (item_id, version, title, detail, party, due_on, status, agreed,"
                + " result, decision, changed_at, changed_by, changed_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)", itemId, version, d.title(), d.detail(), d.party().name(), d.dueOn(), d.status().name(),
                d.agreed(), d.result(), d.decision(), utc(at), actor.name(), actor.role());
    }

    private void addComment(long itemId, long caseId, String side, String body) {
        String text = text(body, TEXT_MAX, true);
        jdbc.update("INSERT INTO plan_comment (item_id, side, author_name, body, written_at) VALUES (?, ?, ?, ?, ?)",
                itemId, side, currentUser.auditActor().name(), text, utc(clock.instant()));
        long personId = personOf(caseId);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(PLAN, itemId).of(personId)
                .because("RESIDENT".equals(side) ? Purpose.OWN_DATA : Purpose.PLAN));
    }

    private PlanDraft checked(long caseId, PlanDraft d) {
        String title = text(d.title(), TITLE_MAX, true);
        String detail = text(d.detail(), TEXT_MAX, false);
        Long goal = d.kind().isAction() ? d.goalId() : null;
        if (goal != null) {
            Integer ok = jdbc.queryForObject("SELECT COUNT(*) FROM plan_item WHERE id = ? AND case_id = ? AND kind = 'GOAL'",
                    Integer.class, goal, caseId);
            if (ok == null || ok == 0) {
                throw new PlanRefused(PlanRefused.Reason.INVALID);
            }
        }
        boolean assessment = d.kind() == ItemKind.ASSESSMENT;
        String result = assessment ? blankToNull(text(d.result(), TEXT_MAX, false)) : null;
        String decision = assessment ? blankToNull(text(d.decision(), TEXT_MAX, false)) : null;
        return new PlanDraft(d.kind(), goal, title, detail, d.party(), d.dueOn(), d.status(),
                d.agreed() || d.status() == ItemStatus.AGREED, result, decision);
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** A stripped text; empty when required, or longer than {@code max}, is refused as INVALID. */
    static String text(@Nullable String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if ((required && v.isEmpty()) || v.length() > max) {
            throw new PlanRefused(PlanRefused.Reason.INVALID);
        }
        return v;
    }

    private PlanItem ownItem(long itemId) {
        long personId = currentUser.requirePersonId();
        Integer mine = jdbc.queryForObject("SELECT COUNT(*) FROM plan_item i JOIN client_case c ON c.id = i.case_id"
                + " WHERE i.id = ? AND c.person_id = ? AND c.status <> 'CLOSED'", Integer.class, itemId, personId);
        if (mine == null || mine == 0) {
            throw new CaseNotFoundException();
        }
        return item(itemId);
    }

    private long caseOfItem(long itemId) {
        List<Long> found = jdbc.queryForList("SELECT case_id FROM plan_item WHERE id = ?", Long.class, itemId);
        if (found.isEmpty()) {
            throw new CaseNotFoundException();
        }
        return found.getFirst();
    }

    private PlanItem item(long itemId) {
        return itemsWhere("i.id = ?", itemId).stream().findFirst().orElseThrow(CaseNotFoundException::new);
    }

    private List<PlanItem> items(long caseId) {
        return itemsWhere("i.case_id = ?", caseId);
    }

    private List<PlanItem> itemsWhere(String where, Object arg) {
        return PlanItems.where(jdbc, where, arg);
    }

    private List<ClientCase> cases(String where, Object... args) {
        List<ClientCase> bare = jdbc.query("SELECT * FROM client_case WHERE " + where, (rs, n) -> new ClientCase(
                rs.getLong("id"), rs.getLong("person_id"), "", CaseStatus.valueOf(rs.getString("status")),
                rs.getObject("opened_on", LocalDate.class), rs.getString("responsible_name"),
                rs.getString("daily_coping") == null ? null : Segment.Coping.valueOf(rs.getString("daily_coping")),
                rs.getString("service_need") == null ? null : Segment.Need.valueOf(rs.getString("service_need")),
                rs.getString("unemployment") == null ? null
                        : UnemploymentDuration.valueOf(rs.getString("unemployment")),
                rs.getInt("path_step"), rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                rs.getString("outcome_note"), rs.getLong("version")), args);
        // client names are for staff; a resident reads only their own case and needs none
        Map<Long, String> names = currentUser.isResident() || bare.isEmpty() ? Map.of()
                : persons.clientNames(bare.stream().map(ClientCase::personId).collect(Collectors.toSet()));
        return bare.stream().map(c -> new ClientCase(c.id(), c.personId(), names.getOrDefault(c.personId(), ""),
                c.status(), c.openedOn(), c.responsibleName(), c.coping(), c.need(), c.unemployment(), c.pathStep(), c.outcome(),
                c.outcomeNote(), c.version())).toList();
    }

    /** An evaluation and whose case it is (the client's id is for names and audit, never shown). */
    private record EvaluationRow(Evaluation evaluation, long personId) {
    }

    private List<Evaluation> evaluations(String where, Object... args) {
        return evaluationRows(where, args).stream().map(EvaluationRow::evaluation).toList();
    }

    private List<EvaluationRow> evaluationRows(String where, Object... args) {
        return jdbc.query("SELECT e.*, c.person_id FROM interim_evaluation e JOIN client_case c ON c.id = e.case_id"
                + " WHERE " + where + " ORDER BY e.due_on, e.id", (rs, n) -> new EvaluationRow(new Evaluation(
                        rs.getLong("id"), rs.getLong("case_id"), rs.getString("kind"),
                        rs.getObject("due_on", LocalDate.class), rs.getString("status"), rs.getString("summary"), null),
                        rs.getLong("person_id")), args);
    }

    /** The client of a case; a missing case is not found. */
    private long personOf(long caseId) {
        List<Long> found = jdbc.queryForList("SELECT person_id FROM client_case WHERE id = ?", Long.class, caseId);
        if (found.isEmpty()) {
            throw new CaseNotFoundException();
        }
        return found.getFirst();
    }

    private long insert(String sql, @Nullable Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, key);
        return java.util.Objects.requireNonNull(key.getKey()).longValue();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
