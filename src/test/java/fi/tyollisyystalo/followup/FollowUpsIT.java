package fi.tyollisyystalo.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.base.time.TestClock;
import fi.tyollisyystalo.casework.Cases;
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

        // too early: nothing; a week before: one invitation, however often the job runs
        SystemActor.run(invitations::inviteDue);
        assertThat(invitationsOf(person)).isZero();
        TestClock.set(Instant.parse("2027-02-23T08:00:00Z"));
        SystemActor.run(invitations::inviteDue);
        SystemActor.run(invitations::inviteDue);
        assertThat(invitationsOf(person)).isEqualTo(1);
        // one notice, naming nothing but its kind
        assertThat(jdbc.queryForList("SELECT kind FROM notification_outbox WHERE person_id = ?", String.class, person))
                .containsExactly("FOLLOW_UP_INVITED");

        // the resident sees it open
        resident(1);
        List<Invitation> open = followUps.myOpen();
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
        assertThat(followUps.myOpen()).isEmpty();
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

    private int invitationsOf(long person) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM follow_up WHERE person_id = ?", Integer.class, person);
    }

    private int audited(long person, String purpose) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_person_id = ? AND object_type"
                + " = 'FOLLOW_UP' AND purpose = ?", Integer.class, person, purpose);
    }
}
