package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;

import fi.tyollisyystalo.booking.AppointmentChanged;
import fi.tyollisyystalo.booking.Way;
import fi.tyollisyystalo.casework.CaseStepTaken;
import fi.tyollisyystalo.casework.UnemploymentDuration;
import fi.tyollisyystalo.followup.FollowUpAnswered;
import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.followup.FollowUpInvited;
import fi.tyollisyystalo.followup.FollowUpPurpose;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.referral.ContactRequestStepTaken;
import fi.tyollisyystalo.referral.ContactSource;
import fi.tyollisyystalo.referral.ProfessionalRequestKind;
import fi.tyollisyystalo.referral.ProfessionalRequestMade;
import fi.tyollisyystalo.referral.SourceOrganisation;
import fi.tyollisyystalo.referral.RequestStep;

/**
 * Journey 8 (statistics): seven clients guided by Kela, each taken in and met once by phone by a coordinator of
 * a team of this test, unemployed over three years, six of them consulted about by social services, all answering
 * the feedback at the end, arrive as the features publish them; the manager chooses the team, reads
 * the figures off the dashboard, downloads a table as CSV and finds the screen's table in it cell for cell; axe
 * at 1280 and 390 px.
 * A coordinator is refused the page; hostile values in the address change nothing but the period shown.
 */
class StatisticsDashboardIT extends BrowserTest {

    private static final int CLIENTS = 7;

    @Autowired ApplicationContext spring;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private String team;

    @BeforeAll
    void sevenClientsOfOneTeam() {
        long n = System.nanoTime();
        team = "e2e-stats-" + n;
        String coordinator = "e2e-stats-coord-" + n;
        jdbc.update("INSERT INTO team (code, name_fi, name_sv, name_en) VALUES (?, 'Tilastotiimi', 'Statistikteam',"
                + " 'Statistics team')", team);
        jdbc.update("INSERT INTO staff_member (subject, display_name, roles, team_code, first_login_at, last_login_at)"
                + " VALUES (?, 'Tiina Tilastoija', 'COORDINATOR', ?, NOW(), NOW())", coordinator, team);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            people.add(TestLogins.resident(spring, Hetu.of(LocalDate.of(1985, 1, 1).plusDays(n % 300 + i), 910 + i)
                    .value(), "Tilasto", "Asiakas"));
        }
        TestLogins.anonymous();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int c = 0; c < CLIENTS; c++) {
            int i = c;
            long person = people.get(i);
            long id = n % 1_000_000 * 100 + i;
            tx.executeWithoutResult(s -> {
                var now = clock.instant();
                events.publishEvent(new ContactRequestStepTaken(id, person, RequestStep.SENT, ContactSource.KELA, now));
                events.publishEvent(new CaseStepTaken(id, person, CaseStepTaken.Step.OPENED, "REQUEST",
                        now.plusSeconds(1)));
                events.publishEvent(new AppointmentChanged(id, AppointmentChanged.Change.BOOKED, "e2e", "COORDINATOR",
                        Way.PHONE, true, now.plusSeconds(1), person, coordinator, now.plusSeconds(60)));
                events.publishEvent(new AppointmentChanged(id, AppointmentChanged.Change.DONE, "e2e", "COORDINATOR",
                        Way.PHONE, true, now.plusSeconds(120), person, coordinator, now.plusSeconds(60)));
                // the second part: unemployed over three years, a social worker's consultation (six of seven),
                // and feedback at the end of the service (three of seven cope better)
                events.publishEvent(new CaseStepTaken(id, person, CaseStepTaken.Step.UNEMPLOYMENT_RECORDED,
                        UnemploymentDuration.OVER_3_YEARS.name(), now.plusSeconds(2)));
                if (i < 6) {
                    events.publishEvent(new ProfessionalRequestMade(id, ProfessionalRequestKind.CONSULTATION,
                            SourceOrganisation.SOCIAL_SERVICES, true, null, team, now.plusSeconds(3)));
                }
                events.publishEvent(new FollowUpInvited(id, person, FollowUpForms.PREM, FollowUpPurpose.PREM_END, id,
                        now.plusSeconds(4)));
                events.publishEvent(new FollowUpAnswered(id, person, FollowUpForms.PREM, 1, FollowUpPurpose.PREM_END,
                        id, Map.of("prem_coping", i < 3 ? "5" : "2", "prem_useful", "4"), now.plusSeconds(5)));
            });
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM stat_client WHERE team_code = ?", Integer.class, team) == CLIENTS
                && jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND listener_id LIKE '%FactRecorder%'", Integer.class) == 0);
    }

    @Test
    void a_manager_reads_the_teams_figures_and_downloads_the_same_table_as_csv() throws IOException {
        open(page, "/staff/statistics");
        Logins.asStaff(page, "esihenkilo");
        page.locator("#stats-team").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Tilastotiimi")).click();
        page.locator("#stats-show").click();
        page.waitForURL(url -> url.contains("team=" + team));
        waitForVaadin(page);
        assertThat(page.locator("#stats-period").innerText()).contains("Tilastotiimi");
        assertThat(cell("contacts", translation("fi", "contactrequests.source.KELA"), 0)).isEqualTo("7");
        assertThat(cell("visits", translation("fi", "role.COORDINATOR"), 1)).isEqualTo("7");
        assertThat(cell("clients", translation("fi", "stats.total"), 2)).isEqualTo("7");
        assertThat(cell("unemployment", translation("fi", "stats.unemployment.OVER_3_YEARS"), 0)).isEqualTo("7");
        assertThat(cell("unemployment", translation("fi", "stats.unemployment.longterm"), 1)).isEqualTo("100 %");
        assertThat(cell("consultations", translation("fi", "professional.source.SOCIAL_SERVICES"), 1)).isEqualTo("6");
        assertThat(cell("followups", translation("fi", "stats.followups.PREM_END"), 2)).isEqualTo("7");
        assertThat(cell("prem", translation("fi", "stats.prem.prem_coping"), 1)).isEqualTo("42,9 % (3/7)");
        assertThat(cell("prem", translation("fi", "stats.prem.prem_useful"), 2)).isEqualTo("100,0 % (7/7)");
        assertThat(page.locator("#figure-visits svg[role=img]").getAttribute("aria-label"))
                .contains(translation("fi", "stats.visits.title"));
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "statistics-390");
        page.setViewportSize(1280, 900);

        Download download = page.waitForDownload(() -> page.locator("#figure-contacts-csv").click());
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(download.suggestedFilename()).endsWith(".csv");
        List<String> csv = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(csv).isEqualTo(screenTable("contacts"));
        assertThat(csv).contains(translation("fi", "contactrequests.source.KELA") + ";7;0;100 %");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT'"
                + " AND object_type = 'STATISTICS_TABLE' AND object_id LIKE ?", Integer.class, "contacts % " + team))
                .isEqualTo(1);

        // the client-experience shares, exact with their n, are the screen's too
        Download prem = page.waitForDownload(() -> page.locator("#figure-prem-csv").click());
        byte[] premBytes = Files.readAllBytes(prem.path());
        assertThat(List.of(new String(premBytes, 3, premBytes.length - 3, StandardCharsets.UTF_8).split("\r\n")))
                .isEqualTo(screenTable("prem"))
                .contains(translation("fi", "stats.prem.prem_coping") + ";–;42,9 % (3/7);42,9 % (3/7)");
    }

    @Test
    void a_coordinator_is_refused_the_statistics() {
        open(page, "/staff/statistics");
        Logins.asStaff(page, "koordinaattori");
        open(page, "/staff/statistics");
        assertThat(page.locator("h1").innerText()).isEqualTo(translation("fi", "error.denied.title"));
        assertThat(page.locator("#figure-contacts").count()).isZero();
    }

    @Test
    void hostile_values_in_the_address_are_left_out_and_never_run() {
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/staff/statistics");
        Logins.asStaff(page, "esihenkilo");
        for (String parameter : List.of("from", "to", "team")) {
            for (HostileInput.Value value : HostileInput.forUrls().stream().filter(v -> v.text().length() < 8_000)
                    .toList()) {
                Response response = page.navigate(url("/staff/statistics?" + parameter + "=" + value.encoded()));
                assertThat(response.status()).as(parameter + " " + value.name()).isEqualTo(200);
                waitForVaadin(page);
                assertThat(page.locator("h1").innerText()).isEqualTo(translation("fi", "stats.title"));
                assertThat(page.locator("#stats-period").innerText()).contains(translation("fi", "stats.team.all"));
                watch.assertNothingRan();
            }
        }
        // an end before the start is said at the field, and what was chosen stays
        open(page, "/staff/statistics?from=2027-03-01&to=2027-03-31");
        page.locator("#stats-to input").fill("1.2.2027");
        page.locator("#stats-to input").press("Enter");
        page.locator("#stats-show").click();
        waitForVaadin(page);
        assertThat(page.locator("#stats-to").getAttribute("invalid")).isNotNull();
        assertThat(page.locator("#stats-to").innerText()).contains(translation("fi", "stats.period.invalid"));
        assertThat(page.locator("#stats-to input").inputValue()).isEqualTo("1.2.2027");
    }

    private String cell(String figure, String row, int column) {
        return StatisticsTables.cell(page, figure, row, column);
    }

    private List<String> screenTable(String figure) {
        return StatisticsTables.screenTable(page, figure);
    }
}
