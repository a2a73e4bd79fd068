package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

import fi.tyollisyystalo.statistics.NorthSavoPilot;

/**
 * Issue #15's proof: North Savo's pilot, made to happen through the features' real services in a team of its own
 * ({@link NorthSavoPilot}), gives the report's figures on the manager's dashboard and in its CSV: 138 clients,
 * 172 coordinator visits, contact sources 58 % municipal employment services and 18 % social services, 322
 * consultations (162 and 58 from the same), 82 % long-term unemployed and 65 % over three years, the network
 * table's percentages of the 138 clients with the cells under five suppressed, the client experience 22/49, 45/49
 * and 39/49 as exact percentages with n, the follow-up waves and the change in the work-ability score.
 */
class PilotFiguresJourneyIT extends BrowserTest {

    @Autowired ApplicationContext spring;

    private NorthSavoPilot.Pilot pilot;

    @BeforeAll
    void thePilotHappens() {
        pilot = NorthSavoPilot.seededOnce(spring);
        StatisticsSettled.await(spring);
    }

    @Test
    void the_manager_reads_the_pilots_figures_off_the_dashboard_and_the_csv() throws IOException {
        open(page, "/staff/statistics");
        Logins.asStaff(page, "esihenkilo");
        open(page, "/staff/statistics?from=" + NorthSavoPilot.PERIOD_FROM + "&to=" + NorthSavoPilot.PERIOD_TO
                + "&team=" + pilot.team());
        assertThat(page.locator("#stats-period").innerText()).contains(pilot.teamName());

        assertThat(cell("clients", translation("fi", "stats.total"), 2)).isEqualTo("138");
        assertThat(cell("clients", translation("fi", "stats.total"), 0)).isEqualTo(String.valueOf(NorthSavoPilot.MEN));
        assertThat(cell("clients", translation("fi", "stats.clients.meanage"), 2)).isEqualTo("37,0");
        assertThat(cell("visits", translation("fi", "role.COORDINATOR"), 0)).isEqualTo("172");
        assertThat(cell("contacts", translation("fi", "contactrequests.source.EMPLOYMENT_SERVICES"), 0)).isEqualTo("80");
        assertThat(cell("contacts", translation("fi", "contactrequests.source.SOCIAL_SERVICES"), 0)).isEqualTo("25");
        // referral sources: 58 % municipal employment services, 18 % social services
        assertThat(cell("contacts", translation("fi", "contactrequests.source.EMPLOYMENT_SERVICES"), 2)).isEqualTo("58 %");
        assertThat(cell("contacts", translation("fi", "contactrequests.source.SOCIAL_SERVICES"), 2)).isEqualTo("18 %");
        // 322 consultations, 162 from the municipal employment services and 58 from social services
        assertThat(cell("consultations", translation("fi", "stats.total"), 1)).isEqualTo("322");
        assertThat(cell("consultations", translation("fi", "professional.source.EMPLOYMENT_SERVICES"), 1)).isEqualTo("162");
        assertThat(cell("consultations", translation("fi", "professional.source.SOCIAL_SERVICES"), 1)).isEqualTo("58");
        // unemployment: long-term 82 %, over three years 65 %
        assertThat(cell("unemployment", translation("fi", "stats.unemployment.OVER_3_YEARS"), 0)).isEqualTo("90");
        assertThat(cell("unemployment", translation("fi", "stats.unemployment.OVER_3_YEARS"), 1)).isEqualTo("65 %");
        assertThat(cell("unemployment", translation("fi", "stats.unemployment.longterm"), 0)).isEqualTo("113");
        assertThat(cell("unemployment", translation("fi", "stats.unemployment.longterm"), 1)).isEqualTo("82 %");
        // client experience as exact percentages with n
        assertThat(cell("prem", translation("fi", "stats.prem.prem_coping"), 0)).isEqualTo("44,9 % (22/49)");
        assertThat(cell("prem", translation("fi", "stats.prem.prem_together"), 0)).isEqualTo("91,8 % (45/49)");
        assertThat(cell("prem", translation("fi", "stats.prem.prem_continues"), 0)).isEqualTo("79,6 % (39/49)");
        // the waves: every client invited to both questionnaires after the start, 48 and 49 answered
        assertThat(cell("followups", translation("fi", "stats.followups.PROM_START"), 0)).isEqualTo("138");
        assertThat(cell("followups", translation("fi", "stats.followups.PROM_START"), 2)).isEqualTo("48");
        assertThat(cell("followups", translation("fi", "stats.followups.PREM_VISIT"), 0)).isEqualTo("138");
        assertThat(cell("followups", translation("fi", "stats.followups.PREM_VISIT"), 2)).isEqualTo("49");
        assertThat(cell("followups", translation("fi", "stats.followups.PROM_FOLLOW_UP"), 2)).isEqualTo("14");
        // the work-ability score between the two outcome questionnaires: 14 pairs, each two points up
        assertThat(cell("prom", translation("fi", "stats.prom.was"), 0)).isEqualTo("14");
        assertThat(cell("prom", translation("fi", "stats.prom.was"), 3)).contains("2,0");

        List<String> network = new ArrayList<>();
        for (String[] row : new String[][] {{"EMPLOYMENT_SERVICES", "81", "59 %"}, {"SOCIAL_SERVICES", "57", "41 %"},
                {"KELA", "41", "30 %"}, {"NGO", "14", "10 %"}, {"PRIVATE_PROVIDER", "10", "7 %"},
                {"TE_OFFICE", "7", "5 %"}, {"OTHER", "7", "5 %"}, {"MENTAL_HEALTH_SUBSTANCE", "x", "x"},
                {"CRIMINAL_SANCTIONS", "x", "x"}, {"HEALTH_CARE", "x", "x"}}) {
            String label = translation("fi", "stats.network." + row[0]);
            assertThat(cell("network", label, 0)).as(row[0]).isEqualTo(row[1]);
            assertThat(cell("network", label, 1)).as(row[0]).isEqualTo(row[2]);
            network.add(label + ";" + row[1] + ";" + row[2]);
        }
        assertAccessible(page);
        screenshot(page, "pilot-figures");

        Download download = page.waitForDownload(() -> page.locator("#figure-network-csv").click());
        byte[] bytes = Files.readAllBytes(download.path());
        List<String> csv = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(csv).isEqualTo(screenTable("network"));
        assertThat(csv).containsAll(network);
        assertThat(csv).contains(translation("fi", "stats.network.clients") + ";138;100 %");

        Download prem = page.waitForDownload(() -> page.locator("#figure-prem-csv").click());
        byte[] premBytes = Files.readAllBytes(prem.path());
        assertThat(List.of(new String(premBytes, 3, premBytes.length - 3, StandardCharsets.UTF_8).split("\r\n")))
                .isEqualTo(screenTable("prem"))
                .contains(translation("fi", "stats.prem.prem_coping") + ";44,9 % (22/49);–;44,9 % (22/49)");
    }

    private String cell(String figure, String row, int column) {
        return StatisticsTables.cell(page, figure, row, column);
    }

    private List<String> screenTable(String figure) {
        return StatisticsTables.screenTable(page, figure);
    }
}
