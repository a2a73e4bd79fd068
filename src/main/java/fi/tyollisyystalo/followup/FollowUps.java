package fi.tyollisyystalo.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.base.security.SystemOnly;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.followup.internal.FollowUpFormRegistry;
import fi.tyollisyystalo.healthcheck.HealthCheckFeatures;
import fi.tyollisyystalo.healthcheck.HealthCheckSharing;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.healthcheck.SubmittedCheck;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.notification.NoticeKind;
import fi.tyollisyystalo.notification.Notices;
import fi.tyollisyystalo.questionnaire.AnswerError;
import fi.tyollisyystalo.questionnaire.AnswerValidator;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.questionnaire.Section;

/**
 * Follow-up questionnaires. The system invites a resident to answer a form for a purpose (once per person, form,
 * purpose and reference, with a notice); the resident sees their open invitations and answers each once — the
 * answers are validated against the form version of the invitation, and a second answer changes nothing; another
 * resident's follow-up is the same not-found as a missing one. Client-work staff read a client's answers and the
 * chart's series, audited with purpose {@link Purpose#PLAN}; the resident's own reads with {@code OWN_DATA}.
 */
@Service
public class FollowUps {

    public static final String OBJECT = "FOLLOW_UP";
    /** The purposes whose invitations are reminded (issue #15's outcome and experience questionnaires). */
    static final Set<FollowUpPurpose> REMINDED = java.util.EnumSet.of(FollowUpPurpose.PROM_START,
            FollowUpPurpose.PROM_FOLLOW_UP, FollowUpPurpose.PREM_VISIT, FollowUpPurpose.PREM_END);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FollowUps.class);

    private final JdbcTemplate jdbc;
    private final FollowUpFormRegistry forms;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final HealthCheckSharing sharing;
    private final ResidentHealthChecks healthChecks;
    private final HealthCheckFeatures features;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Duration premVisitInterval;
    private final List<Duration> reminderAfter;

    FollowUps(JdbcTemplate jdbc, FollowUpFormRegistry forms, CurrentUser currentUser, AuditLog auditLog,
            Notices notices, ApplicationEventPublisher events, HealthCheckSharing sharing,
            ResidentHealthChecks healthChecks, HealthCheckFeatures features, Clock clock,
            PlatformTransactionManager transactions,
            @Value("${tyollisyystalo.follow-up.prem-visit-interval:P90D}") Duration premVisitInterval,
            @Value("${tyollisyystalo.follow-up.reminder-after:P7D,P14D}") List<Duration> reminderAfter) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.notices = notices;
        this.events = events;
        this.sharing = sharing;
        this.healthChecks = healthChecks;
        this.features = features;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.premVisitInterval = premVisitInterval;
        this.reminderAfter = reminderAfter.stream().sorted().toList();
        if (this.reminderAfter.isEmpty()) {
            throw new IllegalArgumentException("tyollisyystalo.follow-up.reminder-after needs at least one duration");
        }
    }

    // --- inviting -------------------------------------------------------------------------------------------

    /**
     * Invites the person to answer the current version of {@code formId} for {@code purpose} about
     * {@code referenceId}, and queues a notice. Inviting again returns the same invitation and sends nothing.
     */
    @Transactional
    @SystemOnly
    public long invite(long personId, String formId, FollowUpPurpose purpose, long referenceId) {
        Optional<Long> existing = invitationId(personId, formId, purpose, referenceId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Questionnaire form = forms.current(formId)
                .orElseThrow(() -> new IllegalArgumentException("No follow-up form " + formId + " is published"));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Instant now = clock.instant();
        try {
            jdbc.update(c -> {
                var ps = c.prepareStatement("INSERT INTO follow_up (person_id, form_id, form_version, purpose,"
                        + " reference_id, invited_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
                ps.setLong(1, personId);
                ps.setString(2, formId);
                ps.setInt(3, form.version());
                ps.setString(4, purpose.name());
                ps.setLong(5, referenceId);
                ps.setObject(6, utc(now));
                return ps;
            }, key);
        } catch (DuplicateKeyException raced) {
            // another transaction invited first (e.g. the case's listener and the job): a locking read sees its
            // committed row, which this transaction's snapshot may not
            return jdbc.queryForList("SELECT id FROM follow_up WHERE person_id = ? AND form_id = ? AND purpose = ?"
                    + " AND reference_id = ? FOR UPDATE", Long.class, personId, formId, purpose.name(), referenceId)
                    .getFirst();
        }
        long id = key.getKey().longValue();
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(OBJECT, id).of(personId)
                .because(auditPurpose(purpose)));
        notices.notify(personId, NoticeKind.FOLLOW_UP_INVITED);
        events.publishEvent(new FollowUpInvited(id, personId, formId, purpose, referenceId, now));
        return id;
    }

    /**
     * Invites the person to the experience questionnaire (PREM) after a visit that was held, unless they were
     * invited to one in the last {@code prem-visit-interval} (90 days): nobody is asked after every visit.
     * Returns the invitation, or empty when none was made.
     */
    @Transactional
    @SystemOnly
    public Optional<Long> inviteAfterVisit(long personId, long appointmentId) {
        Optional<Long> existing = invitationId(personId, FollowUpForms.PREM, FollowUpPurpose.PREM_VISIT, appointmentId);
        if (existing.isPresent()) {
            return existing;
        }
        Integer recent = jdbc.queryForObject("SELECT COUNT(*) FROM follow_up WHERE person_id = ? AND form_id = ?"
                + " AND invited_at > ?", Integer.class, personId, FollowUpForms.PREM,
                utc(clock.instant().minus(premVisitInterval)));
        if (recent != null && recent > 0) {
            return Optional.empty();
        }
        return Optional.of(invite(personId, FollowUpForms.PREM, FollowUpPurpose.PREM_VISIT, appointmentId));
    }

    // --- reminding ------------------------------------------------------------------------------------------

    /**
     * Reminds every resident who has not answered an outcome or experience questionnaire, {@code reminder-after}
     * days (7 and 14) after the invitation: each reminder at most once, none once answered, and a reminder that is
     * late (the job did not run) sends only the latest one due. The interim evaluation's follow-up is not
     * reminded: its answers are for the meeting a week after the invitation. Returns how many were reminded.
     */
    @SystemOnly
    public int remindDue() {
        Instant now = clock.instant();
        List<Long> due = jdbc.queryForList("SELECT id FROM follow_up WHERE answered_at IS NULL AND reminders < ?"
                + " AND invited_at <= ? AND purpose IN (" + String.join(",", java.util.Collections.nCopies(
                        REMINDED.size(), "?")) + ") ORDER BY invited_at, id", Long.class,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(reminderAfter.size(),
                        utc(now.minus(reminderAfter.getFirst()))), REMINDED.stream().map(Enum::name)).toArray());
        int sent = 0;
        for (long id : due) {
            try {
                if (Boolean.TRUE.equals(tx.execute(status -> remind(id, now)))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // one failure must not stop the others; the next run tries again
                log.warn("Reminding of follow-up {} failed", id, e);
            }
        }
        return sent;
    }

    private boolean remind(long id, Instant now) {
        Invitation i = invitations("id = ?", id).getFirst();
        int done = jdbc.queryForObject("SELECT reminders FROM follow_up WHERE id = ?", Integer.class, id);
        int due = 0;
        for (int n = 0; n < reminderAfter.size(); n++) {
            if (!i.invitedAt().plus(reminderAfter.get(n)).isAfter(now)) {
                due = n + 1;
            }
        }
        if (i.answered() || due <= done) {
            return false;
        }
        if (jdbc.update("UPDATE follow_up SET reminders = ?, reminded_at = ? WHERE id = ? AND reminders = ?"
                + " AND answered_at IS NULL", due, utc(now), id, done) == 0) {
            return false;
        }
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, id).of(i.personId())
                .because(auditPurpose(i.purpose())));
        notices.notify(i.personId(), NoticeKind.FOLLOW_UP_REMINDER);
        events.publishEvent(new FollowUpReminded(id, i.personId(), i.formId(), i.purpose(), due, now));
        return true;
    }

    private Optional<Long> invitationId(long personId, String formId, FollowUpPurpose purpose, long referenceId) {
        return jdbc.queryForList("SELECT id FROM follow_up WHERE person_id = ? AND form_id = ? AND purpose = ?"
                + " AND reference_id = ?", Long.class, personId, formId, purpose.name(), referenceId).stream()
                .findFirst();
    }

    // --- the resident ---------------------------------------------------------------------------------------

    /** The signed-in resident's follow-ups still waiting for an answer, oldest first. */
    @Transactional
    @ResidentOnly
    public List<Invitation> myOpen() {
        long me = currentUser.requirePersonId();
        List<Invitation> open = invitations("person_id = ? AND answered_at IS NULL", me);
        if (!open.isEmpty()) {
            auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT).of(me).because(Purpose.OWN_DATA));
        }
        return open;
    }

    /**
     * One of the signed-in resident's follow-ups with its form and its answers (while open, the draft as given);
     * another's is not found.
     */
    @Transactional
    @ResidentOnly
    public FollowUp mine(long id) {
        Invitation invitation = own(id);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT, id).of(invitation.personId())
                .because(Purpose.OWN_DATA));
        return followUps(List.of(invitation), true).getFirst();
    }

    /**
     * Keeps one answer of the resident's open follow-up as given (a wrong one too, up to
     * {@link AnswerValidator#STORED_LIMIT} characters), so they can leave and come back; blank removes it. Once
     * answered, nothing changes. Returns what is wrong with the answer, said at its field.
     */
    @Transactional
    @ResidentOnly
    public Optional<AnswerError> saveDraft(long id, String questionId, @Nullable String value) {
        Invitation invitation = own(id);
        if (invitation.answered()) {
            return Optional.empty();
        }
        Questionnaire form = form(invitation);
        Section section = form.sections(features.on()).stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(questionId))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
        Question question = form.question(questionId).orElseThrow();
        String v = value == null ? "" : value;
        if (v.length() > AnswerValidator.STORED_LIMIT) {
            v = v.substring(0, AnswerValidator.STORED_LIMIT);
        }
        if (v.isBlank()) {
            jdbc.update("DELETE FROM follow_up_answer WHERE follow_up_id = ? AND question_id = ?", id, questionId);
            return Optional.empty();
        }
        jdbc.update("INSERT INTO follow_up_answer (follow_up_id, question_id, answer) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE answer = VALUES(answer)", id, questionId, v);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, id).of(invitation.personId())
                .because(Purpose.OWN_DATA));
        return AnswerValidator.validate(section.id(), question, v);
    }

    /**
     * The resident answers their follow-up. Nothing is stored while any answer is wrong (the errors say which);
     * once answered, a second answer changes nothing ({@link AnswerResult.Status#ALREADY_ANSWERED}).
     */
    @Transactional
    @ResidentOnly
    public AnswerResult answer(long id, Map<String, String> given) {
        Invitation invitation = own(id);
        if (invitation.answered()) {
            return new AnswerResult(AnswerResult.Status.ALREADY_ANSWERED, List.of());
        }
        Questionnaire form = form(invitation);
        List<AnswerError> errors = AnswerValidator.validateAll(form, features.on(), given);
        if (!errors.isEmpty()) {
            return new AnswerResult(AnswerResult.Status.INVALID, errors);
        }
        Instant now = clock.instant();
        if (jdbc.update("UPDATE follow_up SET answered_at = ? WHERE id = ? AND answered_at IS NULL", utc(now), id) == 0) {
            return new AnswerResult(AnswerResult.Status.ALREADY_ANSWERED, List.of());
        }
        GivenAnswers answers = GivenAnswers.of(form, features.on(), given);
        Map<String, String> stored = answers.stored();
        Map<String, String> choices = answers.choices();
        // the draft gives way to the answers as sent
        jdbc.update("DELETE FROM follow_up_answer WHERE follow_up_id = ?", id);
        jdbc.batchUpdate("INSERT INTO follow_up_answer (follow_up_id, question_id, answer) VALUES (?, ?, ?)",
                stored.entrySet().stream().map(e -> new Object[] {id, e.getKey(), e.getValue()}).toList());
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, id).of(invitation.personId())
                .because(Purpose.OWN_DATA));
        events.publishEvent(new FollowUpAnswered(id, invitation.personId(), invitation.formId(),
                invitation.formVersion(), invitation.purpose(), invitation.referenceId(), choices, now));
        return new AnswerResult(AnswerResult.Status.SAVED, List.of());
    }

    /** The signed-in resident's chart of change: their latest health check, then each answered follow-up. */
    @Transactional
    @ResidentOnly
    public ChangeSeries mySeries() {
        long me = currentUser.requirePersonId();
        @Nullable SubmittedCheck baseline = healthChecks.myLatestSubmittedId().map(healthChecks::myResult).orElse(null);
        List<FollowUp> answered = followUps("person_id = ? AND answered_at IS NOT NULL", me);
        if (!answered.isEmpty()) {
            auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT).of(me).because(Purpose.OWN_DATA));
        }
        return series(baseline, answered);
    }

    // --- staff ------------------------------------------------------------------------------------------------

    /**
     * A client's follow-ups for {@code purpose}, answered or open, oldest first. Audited. The experience
     * questionnaire's (PREM) answers are never read one client at a time: the resident is told they are reported
     * only in aggregate and do not affect their service.
     */
    @Transactional
    @ClientWork
    public List<FollowUp> answersOf(long personId, FollowUpPurpose purpose) {
        if (purpose == FollowUpPurpose.PREM_VISIT || purpose == FollowUpPurpose.PREM_END) {
            throw new IllegalArgumentException("The answers of " + purpose + " are read only in aggregate");
        }
        List<FollowUp> list = followUps("person_id = ? AND purpose = ?", personId, purpose.name());
        auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT).of(personId)
                .because(auditPurpose(purpose)));
        return list;
    }

    /**
     * A client's chart of change: the latest health check they shared with the team (none without their consent),
     * then each answered follow-up. Audited.
     */
    @Transactional
    @ClientWork
    public ChangeSeries seriesOf(long personId) {
        @Nullable SubmittedCheck baseline = sharing.latestSharedOf(personId).orElse(null);
        List<FollowUp> answered = followUps("person_id = ? AND answered_at IS NOT NULL", personId);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT).of(personId).because(Purpose.PLAN));
        return series(baseline, answered);
    }

    // --- the work ---------------------------------------------------------------------------------------------

    private ChangeSeries series(@Nullable SubmittedCheck baseline, List<FollowUp> answered) {
        List<ChangePoint> points = new ArrayList<>();
        if (baseline != null) {
            ChangePoint p = ChangePoint.fromHealthCheck(date(baseline.submittedAt()), baseline.result());
            if (p.hasValues()) {
                points.add(p);
            }
        }
        for (FollowUp f : answered) {
            if (FollowUpForms.CHARTED.contains(f.invitation().formId()) && f.invitation().answeredAt() != null) {
                ChangePoint p = ChangePoint.fromAnswers(date(f.invitation().answeredAt()), f.answers());
                if (p.hasValues()) {
                    points.add(p);
                }
            }
        }
        points.sort(Comparator.comparing(ChangePoint::on));
        return new ChangeSeries(points);
    }

    private static LocalDate date(Instant at) {
        return HelsinkiTime.at(at).toLocalDate();
    }

    private Invitation own(long id) {
        long me = currentUser.requirePersonId();
        return invitations("id = ? AND person_id = ?", id, me).stream().findFirst()
                .orElseThrow(() -> new FollowUpNotFoundException(id));
    }

    private Questionnaire form(Invitation invitation) {
        return forms.version(invitation.formId(), invitation.formVersion()).orElseThrow(() -> new IllegalStateException(
                "Follow-up form " + invitation.formId() + " v" + invitation.formVersion() + " is not defined"));
    }

    /** Follow-ups with their answers; an open one's draft is left out (only its resident sees it, {@link #mine}). */
    private List<FollowUp> followUps(String where, Object... args) {
        return followUps(invitations(where, args), false);
    }

    private List<FollowUp> followUps(List<Invitation> invitations, boolean withDrafts) {
        Map<Long, Map<String, String>> answers = new HashMap<>();
        List<Long> answered = invitations.stream().filter(i -> withDrafts || i.answered()).map(Invitation::id)
                .toList();
        if (!answered.isEmpty()) {
            String in = String.join(",", java.util.Collections.nCopies(answered.size(), "?"));
            jdbc.query("SELECT follow_up_id, question_id, answer FROM follow_up_answer WHERE follow_up_id IN (" + in
                    + ")", rs -> {
                        answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                                rs.getString(3));
                    }, answered.toArray());
        }
        return invitations.stream().map(i -> {
            Questionnaire form = form(i);
            return new FollowUp(i, form, form.sections(features.on()), answers.getOrDefault(i.id(), Map.of()));
        }).toList();
    }

    private List<Invitation> invitations(String where, Object... args) {
        return jdbc.query("SELECT * FROM follow_up WHERE " + where + " ORDER BY invited_at, id", FollowUps::invitation,
                args);
    }

    private static Invitation invitation(ResultSet rs, int n) throws SQLException {
        LocalDateTime answered = rs.getObject("answered_at", LocalDateTime.class);
        return new Invitation(rs.getLong("id"), rs.getLong("person_id"), rs.getString("form_id"),
                rs.getInt("form_version"), FollowUpPurpose.valueOf(rs.getString("purpose")),
                rs.getLong("reference_id"), rs.getObject("invited_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                answered == null ? null : answered.toInstant(ZoneOffset.UTC));
    }

    private static Purpose auditPurpose(FollowUpPurpose purpose) {
        return switch (purpose) {
            case CASE_EVALUATION -> Purpose.PLAN;
            // the outcome and experience questionnaires are asked for the service's follow-up and evaluation
            case PROM_START, PROM_FOLLOW_UP, PREM_VISIT, PREM_END -> Purpose.PLAN;
        };
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
