package fi.tyollisyystalo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.time.TestClock;
import fi.tyollisyystalo.booking.AppointmentStatus;
import fi.tyollisyystalo.booking.BookingRequest;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.Way;
import fi.tyollisyystalo.casework.CaseStepTaken;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.ClientCase;
import fi.tyollisyystalo.casework.Evaluation;
import fi.tyollisyystalo.casework.ItemKind;
import fi.tyollisyystalo.casework.ItemStatus;
import fi.tyollisyystalo.casework.Outcome;
import fi.tyollisyystalo.casework.Party;
import fi.tyollisyystalo.casework.PlanDraft;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.referral.ContactDraft;
import fi.tyollisyystalo.referral.ContactForms;
import fi.tyollisyystalo.referral.ContactQuestion;
import fi.tyollisyystalo.referral.ContactRequestService;

/**
 * The figures come from what happens through the features' real services: six residents send the contact form
 * (guided by employment services), a coordinator of a team of this test takes them in (cases open from the
 * event), books and holds a phone meeting with each, adds an action to each plan, does the first evaluations on
 * time and closes five cases; the network organisations come as the case feature publishes them. The facts hold
 * no person id, the figures of the team are what happened with small cells suppressed, a rebuild gives the same
 * figures, a CSV export is audited, and a coordinator reaches none of it.
 */
@IntegrationTest
class StatisticsIT {

    private static final String SUPPRESSED = "x";

    @Autowired ApplicationContext context;
    @Autowired ContactForms forms;
    @Autowired ContactRequestService requests;
    @Autowired Bookings bookings;
    @Autowired Cases cases;
    @Autowired Statistics statistics;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;

    private String team;
    private String coordinator;
    private long type;
    private long births;

    @BeforeEach
    void aTeamWithACoordinatorAndPhoneHours() {
        TestLogins.useStrategyOf(context);
        long n = System.nanoTime();
        team = "st-team-" + n;
        coordinator = "st-coord-" + n;
        births = n % 300;
        jdbc.update("INSERT INTO team (code, name_fi, name_sv, name_en) VALUES (?, 'Testitiimi', 'Testteam',"
                + " 'Test team')", team);
        jdbc.update("INSERT INTO staff_member (subject, display_name, roles, team_code, first_login_at, last_login_at)"
                + " VALUES (?, 'Tiina Tilastoija', 'COORDINATOR', ?, NOW(), NOW())", coordinator, team);
        String code = "st-type-" + n;
        jdbc.update("INSERT INTO appointment_type (code, name_fi, name_sv, name_en, minutes, buffer_minutes, ways,"
                + " booked_by, staff_role) VALUES (?, 'Tapaaminen', 'Möte', 'Meeting', 60, 15, 'IN_PERSON,PHONE',"
                + " 'STAFF', 'COORDINATOR')", code);
        type = jdbc.queryForObject("SELECT id FROM appointment_type WHERE code = ?", Long.class, code);
        for (int weekday = 1; weekday <= 5; weekday++) {
            jdbc.update("INSERT INTO availability (staff_subject, staff_name, staff_role, weekday, starts, ends,"
                    + " location, languages) VALUES (?, 'Tiina Tilastoija', 'COORDINATOR', ?, '08:00', '18:00',"
                    + " 'Testikatu 1, Lappeenranta', 'fi,sv')", coordinator, weekday);
        }
    }

    @AfterEach
    void reset() {
        TestClock.reset();
        TestLogins.anonymous();
    }

    private static Instant helsinki(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), HelsinkiTime.ZONE).toInstant();
    }

    private void asCoordinator() {
        TestLogins.staff(coordinator, "Tiina Tilastoija", Roles.COORDINATOR);
    }

    private long sendContact(int n) {
        // born in 1990: 36 or 37 in spring 2027; odd individual numbers are men
        String hetu = Hetu.of(LocalDate.of(1990, 1, 1).plusDays(births + n), 900 + n).value();
        long person = TestLogins.resident(context, hetu, "Tilasto" + n, "Asiakas");
        ContactDraft draft = forms.startOrResume();
        forms.saveAnswer(draft.id(), ContactQuestion.WORRY, "Jaksaminen");
        forms.saveAnswer(draft.id(), ContactQuestion.CHANNEL, "PHONE");
        forms.saveAnswer(draft.id(), ContactQuestion.PHONE, "040 123 4567");
        forms.saveAnswer(draft.id(), ContactQuestion.LANGUAGE, "fi");
        forms.saveAnswer(draft.id(), ContactQuestion.SOURCE, "EMPLOYMENT_SERVICES");
        forms.saveAnswer(draft.id(), ContactQuestion.EXCHANGE, "EMPLOYMENT_SERVICES");
        forms.submit(draft.id());
        return person;
    }

    private void settled() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND listener_id LIKE '%FactRecorder%'", Integer.class) == 0);
    }

    @Test
    void the_teams_figures_are_what_happened_with_small_cells_suppressed_and_a_rebuild_gives_the_same() {
        LocalDate monday = LocalDate.of(2027, 3, 1);
        TestClock.set(helsinki(monday, 8, 0));
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(sendContact(i));
        }
        List<Long> requestIds = jdbc.queryForList("SELECT id FROM contact_request WHERE person_id IN ("
                + people.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow() + ") ORDER BY id",
                Long.class);
        assertThat(requestIds).hasSize(6);

        // Tuesday: the coordinator takes them all in; the cases open from the event
        TestClock.set(helsinki(monday.plusDays(1), 9, 0));
        asCoordinator();
        for (long id : requestIds) {
            requests.accept(id, "Otetaan asiakkaaksi");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> people.stream()
                .allMatch(p -> jdbc.queryForObject("SELECT COUNT(*) FROM client_case WHERE person_id = ?",
                        Integer.class, p) == 1));
        // a phone meeting on Wednesday with each, held
        List<Long> appointments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            appointments.add(bookings.bookFor(people.get(i), new BookingRequest(type, coordinator,
                    helsinki(monday.plusDays(2), 8, 0).plus(Duration.ofMinutes(90L * i)), Way.PHONE, "040 123 4567",
                    false, "fi", List.of())));
        }
        TestClock.set(helsinki(monday.plusDays(3), 9, 0));
        for (long a : appointments) {
            bookings.mark(a, bookings.appointment(a).version(), AppointmentStatus.DONE);
        }
        // each plan gets its first action; the case feature names the network organisations
        List<Long> caseIds = new ArrayList<>();
        for (long p : people) {
            long caseId = cases.openCaseOf(p).map(ClientCase::id).orElseThrow();
            caseIds.add(caseId);
            cases.addItem(caseId, new PlanDraft(ItemKind.ACTION, null, "Työkokeilu", "", Party.CLIENT, null,
                    ItemStatus.AGREED, true));
        }
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int i = 0; i < 6; i++) {
            long caseId = caseIds.get(i);
            long person = people.get(i);
            boolean both = i < 2;
            tx.executeWithoutResult(s -> {
                events.publishEvent(new CaseStepTaken(caseId, person, CaseStepTaken.Step.NETWORK_ADDED, "KELA",
                        Instant.now()));
                if (both) {
                    events.publishEvent(new CaseStepTaken(caseId, person, CaseStepTaken.Step.NETWORK_ADDED,
                            "EDUCATION", Instant.now()));
                }
            });
        }
        // 1 April: every first evaluation done (due 2 April); then five cases close
        TestClock.set(helsinki(LocalDate.of(2027, 4, 1), 10, 0));
        for (long caseId : caseIds) {
            Evaluation m1 = cases.evaluations(caseId).stream().filter(e -> e.kind().equals("M1")).findFirst()
                    .orElseThrow();
            cases.evaluationDone(m1.id(), "Edistyy", null);
        }
        TestClock.set(helsinki(LocalDate.of(2027, 4, 12), 10, 0));
        for (long caseId : caseIds.subList(0, 5)) {
            cases.close(caseId, cases.get(caseId).version(), Outcome.COPES_INDEPENDENTLY, "Pärjää");
        }
        TestClock.set(helsinki(LocalDate.of(2027, 5, 1), 10, 0));
        settled();

        // recorded through the event publication registry, so an interrupted recording is delivered again
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%FactRecorder%'",
                Integer.class)).isPositive();
        // the facts keep no person id, no name, no identity code
        List<String> keys = jdbc.queryForList("SELECT DISTINCT HEX(client_key) FROM stat_event e JOIN stat_case c"
                + " USING (client_key) WHERE c.case_id IN (" + caseIds.stream().map(String::valueOf)
                        .reduce((a, b) -> a + "," + b).orElseThrow() + ")", String.class);
        assertThat(keys).hasSize(6).allSatisfy(k -> assertThat(k).hasSize(32).doesNotContain("Tilasto"));
        assertThat(keys).doesNotContainAnyElementsOf(people.stream().map(String::valueOf).toList());

        TestLogins.staff("st-manager", "Maija Esihenkilö", Roles.MANAGER);
        StatisticsQuery query = new StatisticsQuery(monday, LocalDate.of(2027, 4, 30), team);
        List<List<List<String>>> before = statistics.figures(query).stream().map(StatisticsIT::text).toList();

        assertThat(row(query, "contacts", "contactrequests.source.EMPLOYMENT_SERVICES")).containsExactly("6", "6");
        assertThat(row(query, "clients", "stats.age.35_44")).containsExactly(SUPPRESSED, SUPPRESSED, "6");
        assertThat(row(query, "clients", "stats.total")).containsExactly(SUPPRESSED, SUPPRESSED, "6");
        assertThat(row(query, "visits", "role.COORDINATOR")).containsExactly("0", "6", "0", "6");
        assertThat(row(query, "outcomes", "case.outcome.COPES_INDEPENDENTLY")).containsExactly("5");
        assertThat(row(query, "evaluations", "stats.evaluations.M1")).containsExactly("6", "0", "0", "6");
        assertThat(row(query, "network", "stats.network.clients")).containsExactly("6", "100 %");
        assertThat(row(query, "network", "stats.network.KELA")).containsExactly("6", "100 %");
        assertThat(row(query, "network", "stats.network.EDUCATION")).containsExactly(SUPPRESSED, SUPPRESSED);
        // answered the next day, met the day after, the plan agreed a day later: medians in days
        assertThat(row(query, "leadtimes", "stats.leadtimes.first_answer_at").getFirst()).isEqualTo("6");
        assertThat(Double.parseDouble(row(query, "leadtimes", "stats.leadtimes.first_answer_at").get(1)))
                .isBetween(1.0, 1.1);
        assertThat(Double.parseDouble(row(query, "leadtimes", "stats.leadtimes.first_meeting_at").get(1)))
                .isBetween(2.0, 2.3);
        assertThat(Double.parseDouble(row(query, "leadtimes", "stats.leadtimes.plan_at").get(1)))
                .isBetween(3.0, 3.1);

        // an export is audited with the figure, the period and the team
        byte[] csv = statistics.csv("visits", query, Locale.ROOT, k -> k);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("role.COORDINATOR;0;6;0;6");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT'"
                + " AND object_type = 'STATISTICS_TABLE' AND actor_id = 'st-manager' AND object_id LIKE ?",
                Integer.class, "visits 2027-03-01/2027-04-30 " + team)).isEqualTo(1);

        // a rebuild from the recorded events gives the same figures
        TestLogins.staff("st-admin", "Aapo Ylläpitäjä", Roles.ADMIN);
        assertThat(statistics.rebuild()).isPositive();
        assertThat(statistics.figures(query).stream().map(StatisticsIT::text).toList()).isEqualTo(before);

        // a coordinator reaches none of it, a manager no rebuild
        asCoordinator();
        assertThatThrownBy(() -> statistics.figures(query)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.csv("visits", query, Locale.ROOT, k -> k))
                .isInstanceOf(AccessDeniedException.class);
        TestLogins.staff("st-manager", "Maija Esihenkilö", Roles.MANAGER);
        assertThatThrownBy(statistics::rebuild).isInstanceOf(AccessDeniedException.class);
    }

    private static List<List<String>> text(StatTable t) {
        return t.text(Locale.ROOT, k -> k);
    }

    /** A row's cells (without its label) as shown, texts as their keys. */
    private List<String> row(StatisticsQuery query, String figure, String label) {
        List<String> line = statistics.figure(figure, query)
                .text(Locale.ROOT, k -> k.equals(StatTable.SUPPRESSED_KEY) ? SUPPRESSED : k).stream()
                .filter(l -> l.getFirst().equals(label)).findFirst().orElseThrow();
        return line.subList(1, line.size());
    }
}
