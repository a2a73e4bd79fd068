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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.TestClock;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * The client's network against the real database: an organisation's details show to staff, and its partner
 * professional reads the plan, only while the client's consent for that organisation is in force; another
 * organisation's professional, another resident and the wrong roles reach nothing; reads are audited. Also the
 * comprehensive work-ability assessment as an action with its result and decision, and the manager's list of
 * the team's evaluations, which names no client.
 */
@IntegrationTest
@RecordApplicationEvents
class CaseNetworkIT {

    @Autowired ApplicationContext context;
    @Autowired Cases cases;
    @Autowired CaseNetwork network;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    private long births;
    private String suffix;

    @BeforeEach
    void setUp() {
        TestLogins.useStrategyOf(context);
        births = System.nanoTime() % 20_000;
        suffix = Long.toString(System.nanoTime());
        TestLogins.staffInDirectory(context, "kela-" + suffix, "Kaija Kela", null, Roles.PROFESSIONAL);
        TestLogins.staffInDirectory(context, "te-" + suffix, "Teemu Työllisyys", null, Roles.PROFESSIONAL);
        TestLogins.staffInDirectory(context, "coord-" + suffix, "Kaisa Koordinaattori", "team-" + suffix,
                Roles.COORDINATOR);
        TestLogins.staffInDirectory(context, "other-" + suffix, "Olli Muu", "other-" + suffix, Roles.COORDINATOR);
        TestLogins.staffInDirectory(context, "manager-" + suffix, "Marja Esihenkilö", "team-" + suffix,
                Roles.MANAGER);
    }

    @AfterEach
    void reset() {
        TestClock.reset();
        TestLogins.anonymous();
    }

    private long resident(int n) {
        return TestLogins.resident(context, hetu(n), "Verkko", "Asiakas" + n);
    }

    private String hetu(int n) {
        return Hetu.of(LocalDate.of(1970, 1, 1).plusDays(births + n), 900 + n).value();
    }

    private void as(String who, String role) {
        TestLogins.staff(who + "-" + suffix, who, role);
    }

    @Test
    void details_and_the_plan_open_to_an_organisation_only_under_the_clients_consent_for_it() {
        long person = resident(1);
        long other = resident(2);
        as("coord", Roles.COORDINATOR);
        long caseId = cases.open(person);
        cases.addItem(caseId, new PlanDraft(ItemKind.ACTION, null, "Kuntoutushakemus", "", Party.KELA, null,
                ItemStatus.AGREED, true));
        long kela = network.add(caseId, new NetworkDraft(NetworkCategory.KELA, "Kela, Lappeenranta",
                ContactRole.RESPONSIBLE_WORKER, "Kaija Kela", "020 634 0000", "kela-" + suffix));
        long social = network.add(caseId, new NetworkDraft(NetworkCategory.SOCIAL_SERVICES, "Sosiaalipalvelut",
                ContactRole.CARE_CONTACT, "Sari Sosiaali", "", null));
        long te = network.add(caseId, new NetworkDraft(NetworkCategory.EMPLOYMENT_SERVICES, "Työllisyyspalvelut",
                ContactRole.CONTACT, "Teemu", "", "te-" + suffix));
        assertThat(events.stream(CaseStepTaken.class).filter(e -> e.caseId() == caseId
                && e.step() == CaseStepTaken.Step.NETWORK_ADDED).map(CaseStepTaken::detail))
                .containsExactly("KELA", "SOCIAL_SERVICES", "EMPLOYMENT_SERVICES");
        // nothing is open yet: the team sees the kinds, not what the entries say
        assertThat(network.network(caseId)).hasSize(3).allSatisfy(m -> {
            assertThat(m.consented()).isFalse();
            assertThat(m.organisation()).isNull();
            assertThat(m.contactName()).isNull();
        });
        // a bad entry is refused
        assertThatThrownBy(() -> network.add(caseId, new NetworkDraft(NetworkCategory.OTHER, "  ",
                ContactRole.CONTACT, "", "", null))).isInstanceOf(PlanRefused.class);
        assertThatThrownBy(() -> network.add(caseId, new NetworkDraft(NetworkCategory.OTHER, "Muu",
                ContactRole.CONTACT, "", "", "coord-" + suffix))).isInstanceOf(PlanRefused.class);

        // the partner professional finds nothing before the client's consent
        as("kela", Roles.PROFESSIONAL);
        assertThat(network.sharedWithMe()).noneMatch(s -> s.caseId() == caseId);
        assertThatThrownBy(() -> network.sharedPlan(caseId)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> network.network(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.plan(caseId)).isInstanceOf(AccessDeniedException.class);

        // the client sees every entry with its details and opens Kela
        resident(1);
        assertThat(network.myNetwork()).extracting(NetworkMember::organisation).containsExactly("Kela, Lappeenranta",
                "Sosiaalipalvelut", "Työllisyyspalvelut");
        network.setMyConsent(kela, true);
        assertThat(network.myNetwork()).filteredOn(NetworkMember::consented).extracting(NetworkMember::id)
                .containsExactly(kela);
        // another resident cannot open someone else's entry
        resident(2);
        assertThatThrownBy(() -> network.setMyConsent(social, true)).isInstanceOf(CaseNotFoundException.class);
        assertThat(network.myNetwork()).isEmpty();

        // Kela's professional reads the plan and the opened part of the network, audited
        as("kela", Roles.PROFESSIONAL);
        assertThat(network.sharedWithMe()).filteredOn(s -> s.caseId() == caseId).singleElement()
                .satisfies(s -> assertThat(s.clientName()).isEqualTo("Verkko Asiakas1"));
        SharedPlan plan = network.sharedPlan(caseId);
        assertThat(plan.items()).extracting(PlanItem::title).containsExactly("Kuntoutushakemus");
        assertThat(plan.network()).extracting(NetworkMember::id).containsExactly(kela);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_person_id = ? AND actor_id = ?"
                + " AND object_type = 'WORK_ABILITY_PLAN' AND purpose = 'PLAN'", Integer.class, person,
                "kela-" + suffix)).isPositive();
        // the employment services' professional: the client has not opened them
        as("te", Roles.PROFESSIONAL);
        assertThatThrownBy(() -> network.sharedPlan(caseId)).isInstanceOf(CaseNotFoundException.class);
        assertThat(network.sharedWithMe()).noneMatch(s -> s.caseId() == caseId);

        // the team now sees Kela's details, not the others'
        as("coord", Roles.COORDINATOR);
        assertThat(network.network(caseId)).filteredOn(NetworkMember::detailsShown)
                .extracting(NetworkMember::organisation, NetworkMember::partnerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kela, Lappeenranta", "Kaija Kela"));
        assertThatThrownBy(() -> network.sharedWithMe()).isInstanceOf(AccessDeniedException.class);

        // withdrawn: closed again at once
        resident(1);
        network.setMyConsent(kela, false);
        as("kela", Roles.PROFESSIONAL);
        assertThatThrownBy(() -> network.sharedPlan(caseId)).isInstanceOf(CaseNotFoundException.class);

        // opened again, then removed by the team: the professional no longer reads it
        resident(1);
        network.setMyConsent(kela, true);
        as("coord", Roles.COORDINATOR);
        network.remove(kela);
        assertThat(network.network(caseId)).extracting(NetworkMember::id).containsExactly(social, te);
        as("kela", Roles.PROFESSIONAL);
        assertThatThrownBy(() -> network.sharedPlan(caseId)).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void an_assessment_keeps_its_result_and_decision_in_every_version() {
        long person = resident(3);
        as("coord", Roles.COORDINATOR);
        long caseId = cases.open(person);
        long id = cases.addItem(caseId, new PlanDraft(ItemKind.ASSESSMENT, null, "Laaja työkyvyn arvio", "",
                Party.HEALTH, LocalDate.of(2027, 3, 1), ItemStatus.AGREED, true, " ", null));
        PlanItem added = cases.plan(caseId).getFirst();
        assertThat(added.kind()).isEqualTo(ItemKind.ASSESSMENT);
        assertThat(added.result()).isNull();
        cases.editItem(id, added.version(), new PlanDraft(ItemKind.ASSESSMENT, null, "Laaja työkyvyn arvio", "",
                Party.HEALTH, LocalDate.of(2027, 3, 1), ItemStatus.DONE, true, "Työkyky osittain alentunut.",
                "Haetaan ammatillista kuntoutusta."));
        PlanItem done = cases.plan(caseId).getFirst();
        assertThat(done.result()).isEqualTo("Työkyky osittain alentunut.");
        assertThat(done.decision()).isEqualTo("Haetaan ammatillista kuntoutusta.");
        assertThat(jdbc.queryForList("SELECT decision FROM plan_item_history WHERE item_id = ? ORDER BY version",
                String.class, id)).containsExactly(null, "Haetaan ammatillista kuntoutusta.");
        // a goal or an action has no result: what is sent for one is dropped
        long goal = cases.addItem(caseId, new PlanDraft(ItemKind.GOAL, null, "Työhön", "", Party.CLIENT, null,
                ItemStatus.PROPOSED, false, "ei", "ei"));
        assertThat(cases.plan(caseId)).filteredOn(i -> i.id() == goal).singleElement()
                .satisfies(g -> assertThat(g.result()).isNull());
        assertThat(events.stream(CaseStepTaken.class).filter(e -> e.caseId() == caseId)
                .map(CaseStepTaken::step)).contains(CaseStepTaken.Step.ACTION_ADDED, CaseStepTaken.Step.ACTION_DONE);
        // the plan is agreed once, when its first item is
        assertThat(events.stream(CaseStepTaken.class).filter(e -> e.caseId() == caseId
                && e.step() == CaseStepTaken.Step.PLAN_AGREED)).hasSize(1);
    }

    @Test
    void the_manager_sees_the_teams_due_and_overdue_evaluations_without_client_names() {
        TestClock.set(Instant.parse("2027-01-31T08:00:00Z"));
        long mine = resident(4);
        long theirs = resident(5);
        as("coord", Roles.COORDINATOR);
        long teamCase = cases.open(mine);
        as("other", Roles.COORDINATOR);
        long otherCase = cases.open(theirs);
        TestClock.set(Instant.parse("2027-03-01T08:00:00Z"));
        as("manager", Roles.MANAGER);
        List<TeamEvaluation> due = cases.teamEvaluations(LocalDate.of(2027, 3, 29));
        assertThat(due).filteredOn(e -> e.caseId() == teamCase).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("M1");
            assertThat(e.dueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(e.overdue(LocalDate.of(2027, 3, 1))).isTrue();
            assertThat(e.responsibleName()).isEqualTo("coord");
        });
        assertThat(due).noneMatch(e -> e.caseId() == otherCase);
        assertThatThrownBy(() -> cases.plan(teamCase)).isInstanceOf(AccessDeniedException.class);
        as("coord", Roles.COORDINATOR);
        assertThatThrownBy(() -> cases.teamEvaluations(LocalDate.of(2027, 3, 29)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
