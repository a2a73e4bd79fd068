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
import java.util.Map;
import java.util.TreeMap;

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
import fi.tyollisyystalo.booking.AppointmentChanged;
import fi.tyollisyystalo.booking.AppointmentStatus;
import fi.tyollisyystalo.booking.BookingRequest;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.Way;
import fi.tyollisyystalo.casework.CaseStepTaken;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.ClientCase;
import fi.tyollisyystalo.casework.Evaluation;
import fi.tyollisyystalo.casework.EvaluationDates;
import fi.tyollisyystalo.casework.ItemKind;
import fi.tyollisyystalo.casework.ItemStatus;
import fi.tyollisyystalo.casework.Outcome;
import fi.tyollisyystalo.casework.Party;
import fi.tyollisyystalo.casework.PlanDraft;
import fi.tyollisyystalo.casework.UnemploymentDuration;
import fi.tyollisyystalo.followup.FollowUpAnswered;
import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.followup.FollowUpInvited;
import fi.tyollisyystalo.followup.FollowUpPurpose;
import fi.tyollisyystalo.followup.FollowUpReminded;
import fi.tyollisyystalo.followup.StakeholderSurveyAnswered;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.referral.ContactDraft;
import fi.tyollisyystalo.referral.ContactForms;
import fi.tyollisyystalo.referral.ContactQuestion;
import fi.tyollisyystalo.referral.ContactRequestService;
import fi.tyollisyystalo.referral.ProfessionalRequestKind;
import fi.tyollisyystalo.referral.ProfessionalRequestMade;
import fi.tyollisyystalo.referral.SourceOrganisation;

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
        dayTotalsAreTheSumsOfTheirRows();

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

        assertThat(row(query, "contacts", "contactrequests.source.EMPLOYMENT_SERVICES")).containsExactly("6", "6", "100 %");
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
        dayTotalsAreTheSumsOfTheirRows();

        // a coordinator reaches none of it, a manager no rebuild
        asCoordinator();
        assertThatThrownBy(() -> statistics.figures(query)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.csv("visits", query, Locale.ROOT, k -> k))
                .isInstanceOf(AccessDeniedException.class);
        TestLogins.staff("st-manager", "Maija Esihenkilö", Roles.MANAGER);
        assertThatThrownBy(statistics::rebuild).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * The second part's events, published here as their features publish them (after commit): eleven clients of
     * the team with their unemployment duration (one corrected), professionals' referrals and consultations (one
     * delivered twice), the outcome questionnaire at the start and at the follow-up, 49 client-experience answers
     * (North Savo's 22/49, 45/49 and 39/49) and the partners' survey. Only numbers and codes are kept, the figures
     * are what happened with small cells hidden, and a rebuild from the log gives the same.
     */
    @Test
    void follow_ups_proms_prems_consultations_and_unemployment_are_counted_from_the_events() {
        long base = 8_000_000_000L + System.nanoTime() % 1_000_000 * 1_000;
        LocalDate day = LocalDate.of(2033, 2, 1);
        int clients = 11;
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            people.add(TestLogins.resident(context, Hetu.of(LocalDate.of(1985, 1, 1).plusDays(births + i), 800 + i)
                    .value(), "Seuranta" + i, "Asiakas"));
        }
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int c = 0; c < clients; c++) {
            int i = c;
            long person = people.get(i);
            long caseId = base + i;
            Instant at = helsinki(day, 9, i);
            UnemploymentDuration duration = i < 6 ? UnemploymentDuration.OVER_3_YEARS
                    : UnemploymentDuration.YEARS_1_TO_3;
            tx.executeWithoutResult(st -> {
                // the first appointment's staff member gives the client their team
                events.publishEvent(new AppointmentChanged(base + i, AppointmentChanged.Change.BOOKED, "t",
                        Roles.COORDINATOR, Way.PHONE, true, at, person, coordinator, at.plus(Duration.ofDays(1))));
                events.publishEvent(new CaseStepTaken(caseId, person, CaseStepTaken.Step.OPENED, null, at));
                if (i == 0) {
                    // recorded first as under three months, then corrected: the latest counts
                    events.publishEvent(new CaseStepTaken(caseId, person, CaseStepTaken.Step.UNEMPLOYMENT_RECORDED,
                            UnemploymentDuration.UNDER_3_MONTHS.name(), at.plusSeconds(1)));
                }
                events.publishEvent(new CaseStepTaken(caseId, person, CaseStepTaken.Step.UNEMPLOYMENT_RECORDED,
                        duration.name(), at.plusSeconds(2)));
            });
        }
        // the first client's case closes in March and a second opens in April: still one client
        long first = people.getFirst();
        tx.executeWithoutResult(st -> {
            events.publishEvent(new CaseStepTaken(base, first, CaseStepTaken.Step.CLOSED, null,
                    helsinki(day.plusMonths(1), 9, 0)));
            events.publishEvent(new CaseStepTaken(base + 50, first, CaseStepTaken.Step.OPENED, null,
                    helsinki(day.plusMonths(2), 9, 0)));
            events.publishEvent(new CaseStepTaken(base + 50, first, CaseStepTaken.Step.UNEMPLOYMENT_RECORDED,
                    UnemploymentDuration.UNDER_3_MONTHS.name(), helsinki(day.plusMonths(2), 9, 1)));
        });
        // the networks: the first client's first case names Kela, their second an educational institution; Kela is
        // in five other clients' cases, the institution in four others'
        tx.executeWithoutResult(st -> {
            events.publishEvent(new CaseStepTaken(base, first, CaseStepTaken.Step.NETWORK_ADDED, "KELA",
                    helsinki(day.plusDays(7), 9, 0)));
            events.publishEvent(new CaseStepTaken(base + 50, first, CaseStepTaken.Step.NETWORK_ADDED, "EDUCATION",
                    helsinki(day.plusMonths(2), 10, 0)));
            for (int i = 1; i <= 5; i++) {
                events.publishEvent(new CaseStepTaken(base + i, people.get(i), CaseStepTaken.Step.NETWORK_ADDED,
                        "KELA", helsinki(day.plusDays(7), 10, i)));
                if (i <= 4) {
                    events.publishEvent(new CaseStepTaken(base + i, people.get(i), CaseStepTaken.Step.NETWORK_ADDED,
                            "EDUCATION", helsinki(day.plusDays(7), 11, i)));
                }
            }
        });
        // referrals and consultations: employment services 5 + 6, social services 6 consultations; one twice
        List<ProfessionalRequestMade> made = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            SourceOrganisation source = i < 11 ? SourceOrganisation.EMPLOYMENT_SERVICES
                    : SourceOrganisation.SOCIAL_SERVICES;
            boolean referral = i < 5;
            made.add(new ProfessionalRequestMade(base + i, referral ? ProfessionalRequestKind.REFERRAL
                    : ProfessionalRequestKind.CONSULTATION, source, i % 2 == 0, referral ? people.get(i) : null,
                    team, helsinki(day.plusDays(1), 10, i)));
        }
        made.add(made.get(7));
        tx.executeWithoutResult(st -> made.forEach(events::publishEvent));

        // outcome questionnaire: all invited at the start and at about six months; ten answer the start, six of
        // them and one who did not answer the start the follow-up (after a reminder for the first six)
        for (int i = 0; i < clients; i++) {
            long person = people.get(i);
            long caseId = base + i;
            int n = i;
            tx.executeWithoutResult(st -> {
                Instant invited = helsinki(day, 12, n);
                events.publishEvent(new FollowUpInvited(base + n, person, FollowUpForms.PROM,
                        FollowUpPurpose.PROM_START, caseId, invited));
                if (n < 10) {
                    events.publishEvent(new FollowUpAnswered(base + n, person, FollowUpForms.PROM, 1,
                            FollowUpPurpose.PROM_START, caseId, Map.of("was", String.valueOf(3 + n % 2),
                                    "domain_WORK", "3", "employment", "UNEMPLOYED", "free", "Tosi vaikeaa"),
                            invited.plus(Duration.ofDays(1))));
                }
                Instant later = helsinki(day.plusMonths(6), 12, n);
                events.publishEvent(new FollowUpInvited(base + 100 + n, person, FollowUpForms.PROM,
                        FollowUpPurpose.PROM_FOLLOW_UP, caseId, later));
                if (n < 6) {
                    events.publishEvent(new FollowUpReminded(base + 100 + n, person, FollowUpForms.PROM,
                            FollowUpPurpose.PROM_FOLLOW_UP, 1, later.plus(Duration.ofDays(7))));
                }
                if (n < 6 || n == 10) {
                    Map<String, String> answers = new java.util.HashMap<>(Map.of("was", "6",
                            "employment", n == 5 ? "STUDYING" : "EMPLOYED_OPEN"));
                    if (n < 4) {
                        answers.put("domain_WORK", "5");
                    }
                    events.publishEvent(new FollowUpAnswered(base + 100 + n, person, FollowUpForms.PROM, 1,
                            FollowUpPurpose.PROM_FOLLOW_UP, caseId, answers, later.plus(Duration.ofDays(8))));
                }
            });
        }
        // client experience: 30 answers after a visit and 19 at the end
        int[][] positives = {{13, 9}, {28, 17}, {24, 15}};
        for (int a = 0; a < 49; a++) {
            boolean visit = a < 30;
            int k = visit ? a : a - 30;
            Map<String, String> answers = new java.util.HashMap<>();
            for (int item = 0; item < 3; item++) {
                int positive = positives[item][visit ? 0 : 1];
                answers.put(FollowUpForms.PREM_ITEMS.get(item), k < positive ? String.valueOf(4 + k % 2)
                        : String.valueOf(1 + k % 3));
            }
            if (!visit && k < 4) {
                answers.put("prem_understood", "5");
            }
            answers.put("prem_free", "Kiitos Tiinalle");
            long person = people.get(a % clients);
            long id = base + 200 + a;
            Instant at = helsinki(day.plusDays(2 + a / 10), 14, a % 10);
            tx.executeWithoutResult(st -> events.publishEvent(new FollowUpAnswered(id, person, FollowUpForms.PREM,
                    1, visit ? FollowUpPurpose.PREM_VISIT : FollowUpPurpose.PREM_END, id, answers, at)));
        }
        // partners' survey: six answers to the team's round, five to a round of every team
        tx.executeWithoutResult(st -> {
            for (int a = 0; a < 11; a++) {
                boolean ours = a < 6;
                Map<String, String> answers = new java.util.HashMap<>(Map.of("sh_recommend", a == 0 ? "3" : "4",
                        "sh_effective", a < 3 ? "5" : "2"));
                if (a < 2) {
                    answers.put("sh_cooperation", "5");
                }
                events.publishEvent(new StakeholderSurveyAnswered(ours ? base : base + 1, FollowUpForms.STAKEHOLDER,
                        1, ours ? team : null, answers, helsinki(day.plusDays(3), 15, a)));
            }
        });
        settled();
        dayTotalsAreTheSumsOfTheirRows();

        // nothing but the numbers and codes asked is kept
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_event WHERE code LIKE '%Tiina%'"
                + " OR code LIKE '%vaikeaa%' OR step LIKE '%free%'", Integer.class)).isZero();

        TestLogins.staff("st-manager", "Maija Esihenkilö", Roles.MANAGER);
        StatisticsQuery query = new StatisticsQuery(LocalDate.of(2033, 1, 1), LocalDate.of(2033, 12, 31), team);
        List<List<List<String>>> before = statistics.figures(query).stream().map(StatisticsIT::text).toList();

        assertThat(row(query, "unemployment", "stats.unemployment.OVER_3_YEARS")).containsExactly("6", "55 %");
        assertThat(row(query, "unemployment", "stats.unemployment.YEARS_1_TO_3")).containsExactly("5", "45 %");
        assertThat(row(query, "unemployment", "stats.unemployment.UNDER_3_MONTHS")).containsExactly("0", "0 %");
        assertThat(row(query, "unemployment", "stats.unemployment.longterm")).containsExactly("11", "100 %");
        assertThat(row(query, "unemployment", "stats.total")).containsExactly("11", "100 %");
        assertThat(row(query, "clients", "stats.total").getLast()).isEqualTo("11");
        // from June only the second case of the first client is open: counted by it
        StatisticsQuery summer = new StatisticsQuery(LocalDate.of(2033, 6, 1), LocalDate.of(2033, 12, 31), team);
        assertThat(row(summer, "unemployment", "stats.unemployment.UNDER_3_MONTHS"))
                .containsExactly(SUPPRESSED, SUPPRESSED);
        assertThat(row(summer, "unemployment", "stats.total")).containsExactly("11", "100 %");
        // the network: the first client once, with the organisations of both their cases in the year; from June
        // only their second case's
        assertThat(row(query, "network", "stats.network.clients")).containsExactly("11", "100 %");
        assertThat(row(query, "network", "stats.network.KELA")).containsExactly("6", "55 %");
        assertThat(row(query, "network", "stats.network.EDUCATION")).containsExactly("5", "45 %");
        assertThat(row(summer, "network", "stats.network.clients")).containsExactly("11", "100 %");
        assertThat(row(summer, "network", "stats.network.KELA")).containsExactly("5", "45 %");
        assertThat(row(summer, "network", "stats.network.EDUCATION")).containsExactly("5", "45 %");

        assertThat(row(query, "consultations", "professional.source.EMPLOYMENT_SERVICES"))
                .containsExactly("5", "6", "11", "65 %");
        assertThat(row(query, "consultations", "professional.source.SOCIAL_SERVICES")).containsExactly("0", "6", "6", "35 %");
        assertThat(row(query, "consultations", "stats.total")).containsExactly("5", "12", "17", "100 %");

        assertThat(row(query, "followups", "stats.followups.PROM_START")).containsExactly("11", "0", "10", "91 %");
        assertThat(row(query, "followups", "stats.followups.PROM_FOLLOW_UP")).containsExactly("11", "6", "7", "64 %");
        assertThat(row(query, "followups", "stats.total")).containsExactly("22", "6", "17", "77 %");

        // six pairs (the one who did not answer at the start makes none); the domain only four: hidden
        assertThat(row(query, "prom", "stats.prom.was")).containsExactly("6", "3.5", "6.0", "+2.5");
        assertThat(row(query, "prom", "domain.WORK")).containsExactly(SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED);
        assertThat(row(query, "prom", "domain.BODY")).containsExactly("0", "–", "–", "–");
        assertThat(row(query, "employment", "stats.employment.UNEMPLOYED")).containsExactly("6", "0");
        assertThat(row(query, "employment", "stats.employment.EMPLOYED_OPEN")).containsExactly("0", SUPPRESSED);
        assertThat(row(query, "employment", "stats.employment.STUDYING")).containsExactly("0", SUPPRESSED);
        assertThat(row(query, "employment", "stats.total")).containsExactly("6", "6");

        assertThat(row(query, "prem", "stats.prem.prem_coping"))
                .containsExactly("43.3 % (13/30)", "47.4 % (9/19)", "44.9 % (22/49)");
        assertThat(row(query, "prem", "stats.prem.prem_useful").getLast()).isEqualTo("91.8 % (45/49)");
        assertThat(row(query, "prem", "stats.prem.prem_together").getLast()).isEqualTo("79.6 % (39/49)");
        assertThat(row(query, "prem", "stats.prem.prem_understood")).containsExactly("–", SUPPRESSED, SUPPRESSED);
        assertThat(row(query, "prem", "stats.prem.prem_continues")).containsExactly("–", "–", "–");

        assertThat(row(query, "stakeholder", "stats.stakeholder.sh_recommend")).containsExactly("83.3 % (5/6)");
        assertThat(row(query, "stakeholder", "stats.stakeholder.sh_effective")).containsExactly("50.0 % (3/6)");
        assertThat(row(query, "stakeholder", "stats.stakeholder.sh_cooperation")).containsExactly(SUPPRESSED);

        // the CSV is the screen's table
        byte[] csv = statistics.csv("prem", query, Locale.ROOT, k -> k);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains("stats.prem.prem_coping;43.3 % (13/30);47.4 % (9/19);44.9 % (22/49)");

        TestLogins.staff("st-admin", "Aapo Ylläpitäjä", Roles.ADMIN);
        statistics.rebuild();
        assertThat(statistics.figures(query).stream().map(StatisticsIT::text).toList()).isEqualTo(before);
    }

    /**
     * An event dated before the birth its resident's identity code gives (a mistyped date, a test identity) is
     * recorded without an age: its age once threw in the listener, which then failed it for good and held up every
     * later statistic.
     */
    @Test
    void an_event_before_the_residents_birth_is_recorded_without_an_age() {
        long person = TestLogins.resident(context, Hetu.of(LocalDate.of(2030, 1, 1).plusDays(births), 700).value(),
                "Tuleva", "Asiakas");
        long caseId = 9_000_000_000L + System.nanoTime() % 1_000_000;
        Instant at = helsinki(LocalDate.of(2027, 3, 1), 9, 0);
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new CaseStepTaken(caseId,
                person, CaseStepTaken.Step.OPENED, null, at)));
        settled();

        assertThat(jdbc.queryForList("SELECT CONCAT_WS('/', age_band, age, sex) FROM stat_event WHERE kind = 'CASE'"
                + " AND subject_id = ?", String.class, caseId)).containsExactly("FEMALE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_case WHERE case_id = ? AND age IS NULL"
                + " AND age_band IS NULL", Integer.class, caseId)).isOne();
    }

    /**
     * An event that comes while a rebuild holds its lock (held here as the rebuild holds it, from before its first
     * read of the log to its last swap) is not written into the tables being replaced: it waits, and is recorded
     * and derived after the rebuild; a rebuild then keeps it.
     */
    @Test
    void an_event_during_a_rebuild_waits_for_it_and_is_recorded_after_it() throws InterruptedException {
        long person = TestLogins.resident(context, Hetu.of(LocalDate.of(1980, 1, 1).plusDays(births), 600).value(),
                "Odottava", "Asiakas");
        long caseId = 9_100_000_000L + System.nanoTime() % 1_000_000;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread rebuild = Thread.ofPlatform().start(() -> tx.executeWithoutResult(s -> {
            jdbc.queryForObject("SELECT id FROM stat_rebuild_lock WHERE id = 1 FOR UPDATE", Integer.class);
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        held.await();
        tx.executeWithoutResult(s -> events.publishEvent(new CaseStepTaken(caseId, person,
                CaseStepTaken.Step.OPENED, null, helsinki(LocalDate.of(2027, 3, 1), 9, 0))));
        Thread.sleep(2_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_event WHERE kind = 'CASE' AND subject_id = ?",
                Integer.class, caseId)).isZero();

        release.countDown();
        rebuild.join();
        settled();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_case WHERE case_id = ?", Integer.class, caseId))
                .isOne();
        TestLogins.staff("st-admin", "Aapo Ylläpitäjä", Roles.ADMIN);
        statistics.rebuild();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_case WHERE case_id = ?", Integer.class, caseId))
                .isOne();
    }

    /**
     * The day totals the evaluations and PROM figures read (kept by each client's event: their old rows out, the
     * new in) are the sums of the rows they total, computed here from the rows themselves.
     */
    private void dayTotalsAreTheSumsOfTheirRows() {
        Map<String, List<Long>> evaluations = new TreeMap<>();
        jdbc.query("SELECT opened_on, COALESCE(team_code, ''), closed_on, m1_done, m3_done, m6_done, m9_done,"
                + " m12_done FROM stat_case", rs -> {
                    LocalDate closed = rs.getObject(3, LocalDate.class);
                    int column = 4;
                    for (Map.Entry<String, LocalDate> kind : EvaluationDates.of(rs.getObject(1, LocalDate.class))
                            .entrySet()) {
                        LocalDate due = kind.getValue();
                        LocalDate done = rs.getObject(column++, LocalDate.class);
                        long[] add = {done != null && !done.isAfter(due) ? 1 : 0, done != null && done.isAfter(due) ? 1 : 0,
                            done == null && (closed == null || closed.isAfter(due)) ? 1 : 0};
                        evaluations.merge(due + " " + rs.getString(2) + " " + kind.getKey().substring(1),
                                List.of(add[0], add[1], add[2]), StatisticsIT::plus);
                    }
                });
        evaluations.values().removeIf(v -> v.stream().allMatch(n -> n == 0));
        Map<String, List<Long>> kept = new TreeMap<>();
        jdbc.query("SELECT due_on, team_code, months, ontime, late, pending FROM stat_evaluation_day", rs -> {
            List<Long> v = List.of(rs.getLong(4), rs.getLong(5), rs.getLong(6));
            if (v.stream().anyMatch(n -> n != 0)) {
                kept.put(rs.getObject(1, LocalDate.class) + " " + rs.getString(2) + " " + rs.getInt(3), v);
            }
        });
        assertThat(kept).isEqualTo(evaluations);

        Map<String, List<Long>> proms = new TreeMap<>();
        jdbc.query("SELECT follow_on, COALESCE(team_code, ''), question, start_answer, follow_answer FROM stat_prom"
                + " WHERE question <> ?", rs -> {
                    proms.merge(rs.getObject(1, LocalDate.class) + " " + rs.getString(2) + " " + rs.getString(3),
                            List.of(1L, Long.parseLong(rs.getString(4)), Long.parseLong(rs.getString(5))),
                            StatisticsIT::plus);
                }, FollowUpForms.EMPLOYMENT);
        Map<String, List<Long>> keptProms = new TreeMap<>();
        jdbc.query("SELECT follow_on, team_code, question, pairs, start_sum, follow_sum FROM stat_prom_day"
                + " WHERE pairs <> 0 OR start_sum <> 0 OR follow_sum <> 0", rs -> {
                    keptProms.put(rs.getObject(1, LocalDate.class) + " " + rs.getString(2) + " " + rs.getString(3),
                            List.of(rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                });
        assertThat(keptProms).isEqualTo(proms);
    }

    private static List<Long> plus(List<Long> a, List<Long> b) {
        return List.of(a.get(0) + b.get(0), a.get(1) + b.get(1), a.get(2) + b.get(2));
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
