package fi.tyollisyystalo.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.TestClock;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.referral.ContactRequestAccepted;

/**
 * Cases and the shared plan against the real database: an accepted request delivered twice opens one case,
 * with the interim evaluations due at month ends that clamp; the plan's versions, a stale edit refused, final
 * items kept, the client's own ticks and comments and nothing more; another resident reaches nothing; closing
 * removes what is no longer due. Reads and writes are audited. The unemployment duration at the start is
 * recorded and corrected (a step for the statistics each time, audited), by client-work staff only.
 */
@IntegrationTest
@RecordApplicationEvents
class CasesIT {

    @Autowired ApplicationContext context;
    @Autowired Cases cases;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEvents recorded;

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
        return TestLogins.resident(context, Hetu.of(LocalDate.of(1970, 1, 1).plusDays(births + n), 900 + n).value(),
                "Testi", "Asiakas");
    }

    private void coordinator() {
        TestLogins.staff("case-coordinator", "Kaisa Koordinaattori", Roles.COORDINATOR);
    }

    @Test
    void an_accepted_request_delivered_twice_opens_one_case_with_evaluations_at_clamped_month_ends() throws Exception {
        // 31 January 2027, 10.00 in Helsinki
        TestClock.set(Instant.parse("2027-01-31T08:00:00Z"));
        long person = resident(1);
        TestLogins.anonymous();
        long request = 9_000_000L + births;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int i = 0; i < 2; i++) {
            tx.executeWithoutResult(s -> events.publishEvent(new ContactRequestAccepted(request, person,
                    "case-coordinator", "Kaisa Koordinaattori", Instant.now())));
        }
        List<Long> opened = List.of();
        for (int i = 0; i < 100 && opened.isEmpty(); i++) {
            Thread.sleep(100);
            opened = jdbc.queryForList("SELECT id FROM client_case WHERE person_id = ?", Long.class, person);
        }
        Thread.sleep(500);
        opened = jdbc.queryForList("SELECT id FROM client_case WHERE person_id = ?", Long.class, person);
        assertThat(opened).hasSize(1);
        long caseId = opened.getFirst();
        coordinator();
        assertThat(cases.evaluations(caseId)).extracting(Evaluation::kind, Evaluation::dueOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("M1", LocalDate.of(2027, 2, 28)),
                org.assertj.core.groups.Tuple.tuple("M3", LocalDate.of(2027, 4, 30)),
                org.assertj.core.groups.Tuple.tuple("M6", LocalDate.of(2027, 7, 31)),
                org.assertj.core.groups.Tuple.tuple("M9", LocalDate.of(2027, 10, 31)),
                org.assertj.core.groups.Tuple.tuple("M12", LocalDate.of(2028, 1, 31)));
        assertThat(cases.get(caseId).openedOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        // another open case for the same client is refused
        assertThatThrownBy(() -> cases.open(person)).isInstanceOfSatisfying(PlanRefused.class,
                e -> assertThat(e.reason()).isEqualTo(PlanRefused.Reason.ALREADY_OPEN));
        // due and overdue: the first one is overdue on 1 March; nothing is due once the case is closed
        TestClock.set(Instant.parse("2027-03-01T08:00:00Z"));
        List<Evaluation> due = cases.dueEvaluations(LocalDate.of(2027, 3, 15), true).stream()
                .filter(e -> e.caseId() == caseId).toList();
        assertThat(due).extracting(Evaluation::kind).containsExactly("M1");
        assertThat(due.getFirst().overdue(LocalDate.of(2027, 3, 1))).isTrue();
        long version = cases.get(caseId).version();
        cases.close(caseId, version, Outcome.COPES_INDEPENDENTLY, "Pärjään nyt itse.");
        assertThat(cases.dueEvaluations(LocalDate.of(2028, 12, 31), true)).noneMatch(e -> e.caseId() == caseId);
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.open(person)).isNotEqualTo(caseId);
    }

    @Test
    void the_plan_keeps_versions_refuses_stale_and_final_changes_and_lets_the_client_tick_only_their_own() {
        long person = resident(2);
        coordinator();
        long caseId = cases.open(person);
        long version = cases.get(caseId).version();
        version = cases.setSegment(caseId, version, Segment.Coping.HARD, Segment.Need.HIGH, 2);
        assertThat(cases.get(caseId).segment()).isEqualTo(Segment.CARE);
        long stale = version - 1;
        assertThatThrownBy(() -> cases.setSegment(caseId, stale, null, null, 3)).isInstanceOf(PlanRefused.class);

        long goal = cases.addItem(caseId, new PlanDraft(ItemKind.GOAL, null, "Osa-aikatyö keväällä", "", Party.CLIENT,
                LocalDate.of(2027, 5, 31), ItemStatus.AGREED, true));
        long own = cases.addItem(caseId, new PlanDraft(ItemKind.ACTION, goal, "Käyn työkokeilussa", "", Party.CLIENT,
                null, ItemStatus.AGREED, true));
        long kela = cases.addItem(caseId, new PlanDraft(ItemKind.ACTION, goal, "Kuntoutushakemus", "", Party.KELA,
                null, ItemStatus.PROPOSED, false));
        assertThatThrownBy(() -> cases.addItem(caseId, new PlanDraft(ItemKind.ACTION, null, "  ", "", Party.TEAM, null,
                ItemStatus.PROPOSED, false))).isInstanceOfSatisfying(PlanRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanRefused.Reason.INVALID));

        // two people editing at once: the second is told
        PlanItem k = cases.plan(caseId).stream().filter(i -> i.id() == kela).findFirst().orElseThrow();
        cases.editItem(kela, k.version(), new PlanDraft(ItemKind.ACTION, goal, "Kuntoutushakemus Kelaan", "",
                Party.KELA, null, ItemStatus.IN_PROGRESS, true));
        assertThatThrownBy(() -> cases.editItem(kela, k.version(), new PlanDraft(ItemKind.ACTION, goal, "Toinen", "",
                Party.KELA, null, ItemStatus.IN_PROGRESS, false))).isInstanceOfSatisfying(PlanRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanRefused.Reason.CHANGED));
        // agreed stays agreed; every change is a version with who and role
        PlanItem edited = cases.plan(caseId).stream().filter(i -> i.id() == kela).findFirst().orElseThrow();
        assertThat(edited.agreed()).isTrue();
        assertThat(edited.updatedBy()).isEqualTo("Kaisa Koordinaattori");
        assertThat(jdbc.queryForList("SELECT changed_role FROM plan_item_history WHERE item_id = ? ORDER BY version",
                String.class, kela)).containsExactly(Roles.COORDINATOR, Roles.COORDINATOR);

        // notes: a shared meeting summary reaches the client, an internal note does not
        cases.addNote(caseId, "Tapasimme ja sovimme työkokeilusta.", true);
        cases.addNote(caseId, "Sisäinen: soita Kelaan.", false);
        assertThat(cases.notes(caseId)).extracting(CaseNote::body).containsExactly("Sisäinen: soita Kelaan.",
                "Tapasimme ja sovimme työkokeilusta.");

        // the client: sees the plan, ticks their own action, comments; cannot change Kela's action
        resident(2);
        MyPlan mine = cases.myPlan().orElseThrow();
        assertThat(mine.sharedNotes()).extracting(CaseNote::body).containsExactly("Tapasimme ja sovimme työkokeilusta.");
        assertThat(mine.items()).extracting(PlanItem::title).contains("Osa-aikatyö keväällä", "Käyn työkokeilussa",
                "Kuntoutushakemus Kelaan");
        PlanItem o = mine.items().stream().filter(i -> i.id() == own).findFirst().orElseThrow();
        cases.setMyStatus(own, o.version(), ItemStatus.DONE);
        assertThatThrownBy(() -> cases.setMyStatus(kela, edited.version(), ItemStatus.DONE))
                .isInstanceOfSatisfying(PlanRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanRefused.Reason.AGREED));
        cases.commentMine(kela, "Lähetin hakemuksen jo?");
        assertThatThrownBy(() -> cases.commentMine(kela, " ")).isInstanceOf(PlanRefused.class);
        assertThatThrownBy(() -> cases.get(caseId)).isInstanceOf(AccessDeniedException.class);

        // done is final, for staff too
        coordinator();
        PlanItem done = cases.plan(caseId).stream().filter(i -> i.id() == own).findFirst().orElseThrow();
        assertThat(done.status()).isEqualTo(ItemStatus.DONE);
        assertThatThrownBy(() -> cases.editItem(own, done.version(), new PlanDraft(ItemKind.ACTION, goal, "x", "",
                Party.CLIENT, null, ItemStatus.IN_PROGRESS, true))).isInstanceOfSatisfying(PlanRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanRefused.Reason.FINAL));
        assertThat(cases.plan(caseId).stream().filter(i -> i.id() == kela).findFirst().orElseThrow().comments())
                .extracting(PlanItem.Comment::side, PlanItem.Comment::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RESIDENT", "Lähetin hakemuksen jo?"));

        // another resident reaches nothing of it
        resident(3);
        assertThat(cases.myPlan()).isEmpty();
        assertThatThrownBy(() -> cases.commentMine(kela, "hei")).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.setMyStatus(own, 0, ItemStatus.DONE)).isInstanceOf(CaseNotFoundException.class);

        // staff reads are audited with the plan's purpose, the client's own with theirs
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_person_id = ? AND object_type"
                + " = 'WORK_ABILITY_PLAN' AND purpose = 'PLAN'", Integer.class, person)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_person_id = ? AND object_type"
                + " = 'WORK_ABILITY_PLAN' AND purpose = 'OWN_DATA'", Integer.class, person)).isPositive();
    }

    @Test
    void the_unemployment_duration_is_recorded_and_corrected_as_a_step_audited_and_refused_to_others() {
        long person = resident(4);
        coordinator();
        long caseId = cases.open(person);
        ClientCase opened = cases.get(caseId);
        assertThat(opened.unemployment()).as("unknown until recorded").isNull();
        long version = cases.recordUnemployment(caseId, opened.version(), UnemploymentDuration.OVER_3_YEARS);
        assertThat(cases.get(caseId).unemployment()).isEqualTo(UnemploymentDuration.OVER_3_YEARS);
        // corrected; the same value again is no change and no step
        version = cases.recordUnemployment(caseId, version, UnemploymentDuration.YEARS_1_TO_3);
        assertThat(cases.recordUnemployment(caseId, version, UnemploymentDuration.YEARS_1_TO_3)).isEqualTo(version);
        long stale = version - 1;
        assertThatThrownBy(() -> cases.recordUnemployment(caseId, stale, UnemploymentDuration.UNKNOWN))
                .isInstanceOfSatisfying(PlanRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanRefused.Reason.CHANGED));
        assertThat(cases.get(caseId).unemployment()).isEqualTo(UnemploymentDuration.YEARS_1_TO_3);
        assertThat(cases.get(caseId).unemployment().longTerm()).isTrue();
        assertThat(recorded.stream(CaseStepTaken.class).filter(e -> e.caseId() == caseId
                && e.step() == CaseStepTaken.Step.UNEMPLOYMENT_RECORDED))
                .extracting(CaseStepTaken::personId, CaseStepTaken::detail).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(person, "OVER_3_YEARS"),
                        org.assertj.core.groups.Tuple.tuple(person, "YEARS_1_TO_3"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_person_id = ? AND object_type"
                + " = 'CLIENT_CASE' AND action = 'UPDATE' AND purpose = 'PLAN' AND actor_role = ?", Integer.class,
                person, Roles.COORDINATOR)).isEqualTo(2);

        // only client-work staff record it: not a partner's professional, a manager or the client
        long now = cases.get(caseId).version();
        for (String role : List.of(Roles.PROFESSIONAL, Roles.MANAGER, Roles.SERVICE_EDITOR)) {
            TestLogins.staff("case-other-" + role, "Muu Rooli", role);
            assertThatThrownBy(() -> cases.recordUnemployment(caseId, now, UnemploymentDuration.UNKNOWN)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
        resident(4);
        assertThatThrownBy(() -> cases.recordUnemployment(caseId, now, UnemploymentDuration.UNKNOWN))
                .isInstanceOf(AccessDeniedException.class);
        coordinator();
        assertThat(cases.get(caseId).unemployment()).isEqualTo(UnemploymentDuration.YEARS_1_TO_3);
    }
}
