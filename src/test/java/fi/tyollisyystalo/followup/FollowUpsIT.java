package fi.tyollisyystalo.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.base.time.TestClock;
import fi.tyollisyystalo.booking.AppointmentStatus;
import fi.tyollisyystalo.booking.BookingRequest;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.Way;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.Outcome;
import fi.tyollisyystalo.casework.Evaluation;
import fi.tyollisyystalo.casework.internal.FollowUpInvitations;
import fi.tyollisyystalo.healthcheck.DraftCheck;
import fi.tyollisyystalo.healthcheck.HealthCheckSharing;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.healthcheck.SampleAnswers;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.ProfileUpdate;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * Follow-ups on the real database, the way a case uses them: the job invites the client a week before the 1-month
 * evaluation (once, with one notice, however often it runs); the resident sees it open, a wrong answer stores nothing, the answer is
 * stored once and a second answer changes nothing; the answer event carries no free text; the coordinator reads
 * the answers (audited with purpose) and the chart's series from the shared health check to the follow-up;
 * another resident reaches nothing of it, and nobody but the system invites.
 */
@IntegrationTest
@RecordApplicationEvents
class FollowUpsIT {

    @Autowired ApplicationContext context;
    @Autowired Cases cases;
    @Autowired FollowUps followUps;
    @Autowired FollowUpInvitations invitations;
    @Autowired ResidentHealthChecks healthChecks;
    @Autowired HealthCheckSharing sharing;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;
    @Autowired PersonService persons;
    @Autowired Bookings bookings;
    @Autowired PlatformTransactionManager transactions;

    private long births;

    @BeforeEach
    void setUp() {
        TestLogins.useStrategyOf(context);
        births = System.nanoTime() % 20_000;
    }

    @AfterEach
    void reset() {
        TestClock.reset();
        TestLogins.anonymous();
    }

    private long resident(int n) {
        return TestLogins.resident(context, Hetu.of(LocalDate.of(1971, 1, 1).plusDays(births + n), 900 + n).value(),
                "Testi", "Seurattava");
    }

    private void coordinator() {
        TestLogins.staff("followup-coordinator", "Kaisa Koordinaattori", Roles.COORDINATOR);
    }

    @Test
    void the_client_is_invited_before_the_evaluation_answers_once_and_the_coordinator_reads_it() {
        // a health check shared with the team on 1 February 2027: the baseline
        TestClock.set(Instant.parse("2027-02-01T08:00:00Z"));
        long person = resident(1);
        // the resident takes notices by e-mail
        persons.updateMyProfile(new ProfileUpdate("fi", "seurattava" + births + "@example.fi", null, true));
        DraftCheck draft = healthChecks.startOrResume();
        Map<String, String> check = SampleAnswers.withFindings();
        check.put("contact_wish", "NO");
        check.forEach((q, v) -> healthChecks.saveAnswer(draft.id(), q, v));
        long checkId = healthChecks.submit(draft.id()).id();
        sharing.shareWithTeam(checkId);

        // the case opens on 2 February: the 1-month evaluation is due on 2 March
        TestClock.set(Instant.parse("2027-02-02T08:00:00Z"));
        coordinator();
        long caseId = cases.open(person);
        Evaluation m1 = cases.evaluations(caseId).getFirst();
        assertThat(m1.kind()).isEqualTo("M1");
        assertThat(m1.dueOn()).isEqualTo(LocalDate.of(2027, 3, 2));
        // the opening case invites to the outcome questionnaire at the start (one notice)
        awaitInvitation(person, FollowUpPurpose.PROM_START);

        // too early: nothing; a week before: one invitation, however often the job runs
        SystemActor.run(invitations::inviteDue);
        assertThat(invitationsOf(person, FollowUpPurpose.CASE_EVALUATION)).isZero();
        TestClock.set(Instant.parse("2027-02-23T08:00:00Z"));
        SystemActor.run(invitations::inviteDue);
        SystemActor.run(invitations::inviteDue);
        assertThat(invitationsOf(person, FollowUpPurpose.CASE_EVALUATION)).isEqualTo(1);
        // one notice each, naming nothing but its kind
        assertThat(jdbc.queryForList("SELECT kind FROM notification_outbox WHERE person_id = ?", String.class, person))
                .containsExactly("FOLLOW_UP_INVITED", "FOLLOW_UP_INVITED");

        // the resident sees it open
        resident(1);
        List<Invitation> open = followUps.myOpen().stream()
                .filter(i -> i.purpose() == FollowUpPurpose.CASE_EVALUATION).toList();
        assertThat(open).singleElement().satisfies(i -> {
            assertThat(i.formId()).isEqualTo(FollowUpForms.INTERIM);
            assertThat(i.formVersion()).isEqualTo(1);
            assertThat(i.purpose()).isEqualTo(FollowUpPurpose.CASE_EVALUATION);
            assertThat(i.referenceId()).isEqualTo(m1.id());
            assertThat(i.answeredAt()).isNull();
        });
        long id = open.getFirst().id();

        // the draft is kept as given, a wrong value too, and said at once; staff see no draft
        assertThat(followUps.saveDraft(id, "own_words", "x".repeat(1001))).get()
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("hc.error.text.long"));
        assertThat(followUps.saveDraft(id, "was", "6")).isEmpty();
        assertThat(followUps.mine(id).answers()).containsEntry("was", "6").containsEntry("own_words", "x".repeat(1001));
        followUps.saveDraft(id, "own_words", "");
        assertThat(followUps.mine(id).answers()).doesNotContainKey("own_words");

        // a wrong answer stores nothing and says where
        TestClock.set(Instant.parse("2027-02-25T10:00:00Z"));
        Map<String, String> answers = answers();
        answers.put("was", "12");
        AnswerResult wrong = followUps.answer(id, answers);
        assertThat(wrong.status()).isEqualTo(AnswerResult.Status.INVALID);
        assertThat(wrong.errors()).extracting(e -> e.questionId()).containsExactly("was");
        assertThat(followUps.mine(id).answers()).containsOnly(Map.entry("was", "6"));

        // answered once
        answers.put("was", "7");
        assertThat(followUps.answer(id, answers).status()).isEqualTo(AnswerResult.Status.SAVED);
        assertThat(followUps.myOpen()).extracting(Invitation::purpose).containsExactly(FollowUpPurpose.PROM_START);
        FollowUp mine = followUps.mine(id);
        // the test clock runs on from where it was set
        Instant answeredAt = mine.invitation().answeredAt();
        assertThat(answeredAt).isBetween(Instant.parse("2027-02-25T10:00:00Z"), Instant.parse("2027-02-25T10:01:00Z"));
        assertThat(mine.answers()).containsEntry("was", "7").containsEntry("own_words", "Arki sujuu, <b>kiitos</b>!")
                .containsEntry("changed", "EVERYDAY,PEOPLE");
        // the event for the statistics: numbers and codes, never the words
        assertThat(events.stream(FollowUpAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.followUpId()).isEqualTo(id);
            assertThat(e.referenceId()).isEqualTo(m1.id());
            assertThat(e.choices()).containsEntry("was", "7").containsEntry("helped", "SOME")
                    .doesNotContainKey("own_words");
        });

        // a second answer changes nothing
        Map<String, String> again = answers();
        again.put("was", "2");
        TestClock.set(Instant.parse("2027-02-26T10:00:00Z"));
        assertThat(followUps.answer(id, again).status()).isEqualTo(AnswerResult.Status.ALREADY_ANSWERED);
        followUps.saveDraft(id, "was", "1");
        assertThat(followUps.mine(id).answers()).containsEntry("was", "7");
        assertThat(followUps.mine(id).invitation().answeredAt()).isEqualTo(answeredAt);
        assertThat(events.stream(FollowUpAnswered.class)).hasSize(1);
        // the resident's own chart: the health check, then the follow-up
        assertThat(followUps.mySeries().values(null)).containsExactly(5, 7);

        // another resident: not found, nothing open, nothing answered
        resident(2);
        assertThat(followUps.myOpen()).isEmpty();
        assertThatThrownBy(() -> followUps.mine(id)).isInstanceOf(FollowUpNotFoundException.class);
        assertThatThrownBy(() -> followUps.answer(id, answers())).isInstanceOf(FollowUpNotFoundException.class);
        assertThatThrownBy(() -> followUps.saveDraft(id, "was", "0")).isInstanceOf(FollowUpNotFoundException.class);
        assertThat(followUps.mySeries().isEmpty()).isTrue();
        assertThatThrownBy(() -> followUps.answersOf(person, FollowUpPurpose.CASE_EVALUATION))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.invite(person, FollowUpForms.INTERIM, FollowUpPurpose.CASE_EVALUATION, 1))
                .isInstanceOf(AccessDeniedException.class);

        // the coordinator reads the answers and the chart, audited with the plan's purpose
        coordinator();
        assertThatThrownBy(() -> followUps.invite(person, FollowUpForms.INTERIM, FollowUpPurpose.CASE_EVALUATION, 1))
                .isInstanceOf(AccessDeniedException.class);
        int before = audited(person, "PLAN");
        List<FollowUp> read = followUps.answersOf(person, FollowUpPurpose.CASE_EVALUATION);
        assertThat(read).singleElement().satisfies(f -> assertThat(f.answers()).containsEntry("was", "7"));
        assertThat(audited(person, "PLAN")).isGreaterThan(before);
        ChangeSeries series = followUps.seriesOf(person);
        assertThat(series.points()).extracting(ChangePoint::source).containsExactly(ChangePoint.Source.HEALTH_CHECK,
                ChangePoint.Source.FOLLOW_UP);
        assertThat(series.change(null)).isEqualTo(2);
        assertThat(series.change(Domain.MIND)).isEqualTo(6 - 3);
        // the shared health check's read is on record too
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_person_id = ? AND object_type"
                + " = 'HEALTH_CHECK' AND purpose = 'SHARED_HEALTH_CHECK'", Integer.class, person)).isPositive();

        // without the share consent the chart has no health check
        resident(1);
        sharing.stopSharing(checkId);
        coordinator();
        assertThat(followUps.seriesOf(person).points()).extracting(ChangePoint::source)
                .containsExactly(ChangePoint.Source.FOLLOW_UP);
    }

    @Test
    void the_case_invites_to_the_outcome_questionnaire_at_the_start_and_six_months_later_also_when_closed() {
        TestClock.set(Instant.parse("2027-04-05T08:00:00Z"));
        long person = resident(11);
        emailNotices(11);
        coordinator();
        long caseId = cases.open(person);
        // at the start: the PROM about the case, with one notice
        assertThat(awaitInvitation(person, FollowUpPurpose.PROM_START)).isEqualTo(caseId);
        assertThat(notices(person)).containsExactly("FOLLOW_UP_INVITED");
        resident(11);
        assertThat(followUps.myOpen()).singleElement().satisfies(i -> {
            assertThat(i.formId()).isEqualTo(FollowUpForms.PROM);
            assertThat(i.referenceId()).isEqualTo(caseId);
        });
        // the resident answers it: it lands on their chart of change
        long start = followUp(person, FollowUpPurpose.PROM_START);
        assertThat(followUps.answer(start, promAnswers()).status()).isEqualTo(AnswerResult.Status.SAVED);
        assertThat(followUps.mySeries().values(null)).containsExactly(6);

        // closed after two months: the PREM at the end, about the case
        TestClock.set(Instant.parse("2027-06-07T08:00:00Z"));
        coordinator();
        cases.close(caseId, cases.get(caseId).version(), Outcome.JOB_OR_STUDY, "");
        assertThat(awaitInvitation(person, FollowUpPurpose.PREM_END)).isEqualTo(caseId);
        // the experience answers are not read one client at a time
        assertThatThrownBy(() -> followUps.answersOf(person, FollowUpPurpose.PREM_END))
                .isInstanceOf(IllegalArgumentException.class);

        // 181 days after the opening: not yet; 182 days: the PROM again, although the case has closed, once
        TestClock.set(Instant.parse("2027-10-03T08:00:00Z"));
        SystemActor.run(invitations::inviteDue);
        assertThat(invitationsOf(person, FollowUpPurpose.PROM_FOLLOW_UP)).isZero();
        TestClock.set(Instant.parse("2027-10-04T08:00:00Z"));
        SystemActor.run(invitations::inviteDue);
        SystemActor.run(invitations::inviteDue);
        assertThat(invitationsOf(person, FollowUpPurpose.PROM_FOLLOW_UP)).isEqualTo(1);
        assertThat(events.stream(FollowUpInvited.class).filter(e -> e.personId() == person
                && e.purpose() == FollowUpPurpose.PROM_FOLLOW_UP)).singleElement().satisfies(e -> {
                    assertThat(e.formId()).isEqualTo(FollowUpForms.PROM);
                    assertThat(e.referenceId()).isEqualTo(caseId);
                    assertThat(e.followUpId()).isEqualTo(followUp(person, FollowUpPurpose.PROM_FOLLOW_UP));
                });
        assertThat(notices(person)).containsExactly("FOLLOW_UP_INVITED", "FOLLOW_UP_INVITED", "FOLLOW_UP_INVITED");
        // two weeks later the job no longer looks at the case
        TestClock.set(Instant.parse("2027-10-19T08:00:00Z"));
        jdbc.update("DELETE FROM follow_up_answer WHERE follow_up_id IN (SELECT id FROM follow_up WHERE person_id = ?"
                + " AND purpose = 'PROM_FOLLOW_UP')", person);
        jdbc.update("DELETE FROM follow_up WHERE person_id = ? AND purpose = 'PROM_FOLLOW_UP'", person);
        SystemActor.run(invitations::inviteDue);
        assertThat(invitationsOf(person, FollowUpPurpose.PROM_FOLLOW_UP)).isZero();
    }

    @Test
    void a_held_visit_invites_to_the_experience_questionnaire_at_most_once_in_90_days() {
        TestClock.set(Instant.parse("2027-05-03T06:00:00Z"));
        long person = resident(21);
        emailNotices(21);
        String staff = "fu-coord-" + System.nanoTime();
        String code = "fu-type-" + System.nanoTime();
        jdbc.update("INSERT INTO appointment_type (code, name_fi, name_sv, name_en, minutes, buffer_minutes, ways,"
                + " booked_by, staff_role) VALUES (?, 'Tapaaminen', 'Möte', 'Meeting', 60, 15, 'IN_PERSON,PHONE',"
                + " 'STAFF', 'COORDINATOR')", code);
        long type = jdbc.queryForObject("SELECT id FROM appointment_type WHERE code = ?", Long.class, code);
        for (int weekday = 1; weekday <= 5; weekday++) {
            jdbc.update("INSERT INTO availability (staff_subject, staff_name, staff_role, weekday, starts, ends,"
                    + " location, languages) VALUES (?, 'Kaisa Koordinaattori', 'COORDINATOR', ?, '08:00', '18:00',"
                    + " 'Testikatu 1, Lappeenranta', 'fi,sv')", staff, weekday);
        }
        coordinator();
        // a phone meeting on Tuesday at 10.00 Helsinki time; cancelled and no-show visits invite nobody
        long visit = bookings.bookFor(person, new BookingRequest(type, staff, Instant.parse("2027-05-04T07:00:00Z"),
                Way.PHONE, "040 123 4567", false, "fi", List.of()));
        long missed = bookings.bookFor(person, new BookingRequest(type, staff, Instant.parse("2027-05-04T09:00:00Z"),
                Way.PHONE, "040 123 4567", false, "fi", List.of()));
        TestClock.set(Instant.parse("2027-05-04T12:00:00Z"));
        bookings.mark(missed, bookings.appointment(missed).version(), AppointmentStatus.NO_SHOW);
        settled("VisitFollowUps");
        assertThat(invitationsOf(person, FollowUpPurpose.PREM_VISIT)).isZero();
        bookings.mark(visit, bookings.appointment(visit).version(), AppointmentStatus.DONE);
        assertThat(awaitInvitation(person, FollowUpPurpose.PREM_VISIT)).isEqualTo(visit);
        assertThat(notices(person)).containsExactly("FOLLOW_UP_INVITED");

        // another visit within 90 days: no second PREM (nor for the same visit again)
        TestClock.set(Instant.parse("2027-07-30T12:00:00Z"));
        assertThat(SystemActor.call(() -> followUps.inviteAfterVisit(person, visit + 1_000_000))).isEmpty();
        assertThat(SystemActor.call(() -> followUps.inviteAfterVisit(person, visit)))
                .contains(followUp(person, FollowUpPurpose.PREM_VISIT));
        assertThat(invitationsOf(person, FollowUpPurpose.PREM_VISIT)).isEqualTo(1);
        // after 90 days: the next held visit invites again
        TestClock.set(Instant.parse("2027-08-03T12:00:00Z"));
        Optional<Long> next = SystemActor.call(() -> followUps.inviteAfterVisit(person, visit + 1_000_000));
        assertThat(next).isPresent();
        assertThat(events.stream(FollowUpInvited.class).filter(e -> e.followUpId() == next.get())).singleElement()
                .satisfies(e -> {
                    assertThat(e.personId()).isEqualTo(person);
                    assertThat(e.purpose()).isEqualTo(FollowUpPurpose.PREM_VISIT);
                    assertThat(e.formId()).isEqualTo(FollowUpForms.PREM);
                });
        // nobody but the system invites
        assertThatThrownBy(() -> followUps.inviteAfterVisit(person, 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reminders_come_7_and_14_days_after_the_invitation_once_each_and_none_once_answered() {
        long answers = resident(31);
        emailNotices(31);
        long waits = resident(32);
        emailNotices(32);
        long late = resident(33);
        emailNotices(33);
        List<Long> mine = List.of(answers, waits, late);
        // invited on 20 August, first looked at by the job on 12 September (the job did not run for weeks)
        TestClock.set(Instant.parse("2027-08-20T08:00:00Z"));
        SystemActor.run(() -> followUps.invite(late, FollowUpForms.PROM, FollowUpPurpose.PROM_START, 9_000_004));
        TestClock.set(Instant.parse("2027-09-06T08:00:00Z"));
        SystemActor.run(() -> {
            followUps.invite(answers, FollowUpForms.PROM, FollowUpPurpose.PROM_START, 9_000_001);
            followUps.invite(waits, FollowUpForms.PREM, FollowUpPurpose.PREM_END, 9_000_002);
            // the interim evaluation's follow-up is for the meeting a week later: never reminded
            followUps.invite(answers, FollowUpForms.INTERIM, FollowUpPurpose.CASE_EVALUATION, 9_000_003);
        });

        // 6 days: nothing yet; 23 days: only the latest reminder due, the second
        TestClock.set(Instant.parse("2027-09-12T08:00:00Z"));
        SystemActor.run(followUps::remindDue);
        assertThat(events.stream(FollowUpReminded.class).filter(e -> mine.contains(e.personId())))
                .extracting(FollowUpReminded::personId, FollowUpReminded::reminder)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late, 2));
        assertThat(notices(late)).containsExactly("FOLLOW_UP_INVITED", "FOLLOW_UP_REMINDER");
        // 7 days: the first reminder to both, once however often the job runs
        TestClock.set(Instant.parse("2027-09-13T08:00:01Z"));
        SystemActor.run(followUps::remindDue);
        SystemActor.run(followUps::remindDue);
        assertThat(notices(answers)).containsExactly("FOLLOW_UP_INVITED", "FOLLOW_UP_INVITED", "FOLLOW_UP_REMINDER");
        assertThat(notices(waits)).containsExactly("FOLLOW_UP_INVITED", "FOLLOW_UP_REMINDER");
        assertThat(reminders(answers, FollowUpPurpose.CASE_EVALUATION)).isZero();

        // one answers on day 8
        TestClock.set(Instant.parse("2027-09-14T08:00:00Z"));
        resident(31);
        assertThat(followUps.answer(followUp(answers, FollowUpPurpose.PROM_START), promAnswers()).status())
                .isEqualTo(AnswerResult.Status.SAVED);

        // 14 days: the second reminder only to the one who has not answered; nothing more after that
        TestClock.set(Instant.parse("2027-09-20T08:00:01Z"));
        SystemActor.run(followUps::remindDue);
        TestClock.set(Instant.parse("2027-10-20T08:00:00Z"));
        SystemActor.run(followUps::remindDue);
        assertThat(notices(answers)).containsExactly("FOLLOW_UP_INVITED", "FOLLOW_UP_INVITED", "FOLLOW_UP_REMINDER");
        assertThat(notices(waits)).containsExactly("FOLLOW_UP_INVITED", "FOLLOW_UP_REMINDER", "FOLLOW_UP_REMINDER");
        assertThat(reminders(answers, FollowUpPurpose.PROM_START)).isEqualTo(1);
        assertThat(reminders(waits, FollowUpPurpose.PREM_END)).isEqualTo(2);
        assertThat(notices(late)).containsExactly("FOLLOW_UP_INVITED", "FOLLOW_UP_REMINDER");
        assertThat(events.stream(FollowUpReminded.class).filter(e -> mine.contains(e.personId())))
                .extracting(FollowUpReminded::personId, FollowUpReminded::purpose, FollowUpReminded::reminder)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(late, FollowUpPurpose.PROM_START, 2),
                        org.assertj.core.groups.Tuple.tuple(answers, FollowUpPurpose.PROM_START, 1),
                        org.assertj.core.groups.Tuple.tuple(waits, FollowUpPurpose.PREM_END, 1),
                        org.assertj.core.groups.Tuple.tuple(waits, FollowUpPurpose.PREM_END, 2));
        // nobody but the system reminds
        coordinator();
        assertThatThrownBy(followUps::remindDue).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_invitation_raced_by_another_transaction_is_the_same_one() {
        long person = resident(41);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long[] first = new long[1];
        long raced = tx.execute(status -> {
            // this transaction's snapshot starts without the invitation
            assertThat(invitationsOf(person, FollowUpPurpose.PREM_END)).isZero();
            // another one invites meanwhile and commits (a listener and a job, say)
            first[0] = CompletableFuture.supplyAsync(() -> SystemActor.call(() -> followUps.invite(person,
                    FollowUpForms.PREM, FollowUpPurpose.PREM_END, 9_000_041))).join();
            return SystemActor.call(() -> followUps.invite(person, FollowUpForms.PREM, FollowUpPurpose.PREM_END,
                    9_000_041));
        });
        assertThat(raced).isEqualTo(first[0]);
        assertThat(invitationsOf(person, FollowUpPurpose.PREM_END)).isEqualTo(1);
    }

    private static Map<String, String> answers() {
        Map<String, String> a = new HashMap<>();
        a.put("was", "7");
        for (Domain d : Domain.values()) {
            a.put("domain_" + d.name(), "6");
        }
        a.put("changed", "EVERYDAY,PEOPLE");
        a.put("helped", "SOME");
        a.put("own_words", "Arki sujuu, <b>kiitos</b>!");
        return a;
    }

    private int invitationsOf(long person, FollowUpPurpose purpose) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM follow_up WHERE person_id = ? AND purpose = ?",
                Integer.class, person, purpose.name());
    }

    /** Waits for the invitation an event listener makes after commit; returns its reference. */
    private long awaitInvitation(long person, FollowUpPurpose purpose) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> invitationsOf(person, purpose) == 1);
        return jdbc.queryForObject("SELECT reference_id FROM follow_up WHERE person_id = ? AND purpose = ?",
                Long.class, person, purpose.name());
    }

    /** Waits until the listeners of {@code listener} have handled every event published so far. */
    private void settled(String listener) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE ?",
                Integer.class, "%" + listener + "%") == 0);
    }

    private void emailNotices(int n) {
        resident(n);
        persons.updateMyProfile(new ProfileUpdate("fi", "seurattava" + births + "-" + n + "@example.fi", null, true));
    }

    /** The follow-up notices queued to the person (a booking's own notices left out). */
    private List<String> notices(long person) {
        return jdbc.queryForList("SELECT kind FROM notification_outbox WHERE person_id = ? AND kind LIKE 'FOLLOW_UP%'"
                + " ORDER BY id", String.class, person);
    }

    private long followUp(long person, FollowUpPurpose purpose) {
        return jdbc.queryForObject("SELECT id FROM follow_up WHERE person_id = ? AND purpose = ?", Long.class, person,
                purpose.name());
    }

    private int reminders(long person, FollowUpPurpose purpose) {
        return jdbc.queryForObject("SELECT reminders FROM follow_up WHERE person_id = ? AND purpose = ?",
                Integer.class, person, purpose.name());
    }

    private static Map<String, String> promAnswers() {
        Map<String, String> a = new HashMap<>();
        a.put("was", "6");
        for (Domain d : Domain.values()) {
            a.put("domain_" + d.name(), "5");
        }
        a.put(FollowUpForms.EMPLOYMENT, "UNEMPLOYED");
        return a;
    }

    private int audited(long person, String purpose) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_person_id = ? AND object_type"
                + " = 'FOLLOW_UP' AND purpose = ?", Integer.class, person, purpose);
    }
}
