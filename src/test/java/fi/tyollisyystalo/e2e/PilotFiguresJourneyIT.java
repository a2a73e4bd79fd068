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
 * 172 coordinator visits, contact sources 58 % municipal employment services and 18 % social services, and the
 * network table's percentages of the 138 clients with the cells under five suppressed.
 */
class PilotFiguresJourneyIT extends BrowserTest {

    @Autowired ApplicationContext spring;

    private NorthSavoPilot.Pilot pilot;

    @BeforeAll
    void thePilotHappens() {
        pilot = new NorthSavoPilot(spring).seed();
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
        assertThat(cell("visits", translation("fi", "role.COORDINATOR"), 0)).isEqualTo("172");
        assertThat(cell("contacts", translation("fi", "contactrequests.source.EMPLOYMENT_SERVICES"), 0)).isEqualTo("80");
        assertThat(cell("contacts", translation("fi", "contactrequests.source.SOCIAL_SERVICES"), 0)).isEqualTo("25");

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
    }

    /** The text of a figure's cell: the row whose header is {@code row}, the {@code column}th number in it. */
    private String cell(String figure, String row, int column) {
        return page.locator("#figure-" + figure + "-table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("th", new com.microsoft.playwright.Page.LocatorOptions().setHasText(row))))
                .first().locator("td").nth(column).innerText().strip();
    }

    /** The screen's table as CSV lines: every row's cells joined by semicolons. */
    private List<String> screenTable(String figure) {
        List<String> lines = new ArrayList<>();
        for (Locator tr : page.locator("#figure-" + figure + "-table tr").all()) {
            lines.add(String.join(";", tr.locator("th, td").allInnerTexts().stream().map(String::strip).toList()));
        }
        return lines;
    }
}
