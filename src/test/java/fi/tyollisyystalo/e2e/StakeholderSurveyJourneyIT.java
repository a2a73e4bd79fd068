package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.casework.CaseNetwork;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.ClientCase;
import fi.tyollisyystalo.casework.ContactRole;
import fi.tyollisyystalo.casework.NetworkCategory;
import fi.tyollisyystalo.casework.NetworkDraft;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * The partners' survey in the browser: the manager opens a round for the team; the partner professional named in
 * a network of the team's client finds it on their page, sends it empty (said at each field), answers with hostile
 * free text (shown nowhere, nothing runs) and cannot open it again; the manager sees one answer. axe at 1280 and
 * 390 px.
 */
class StakeholderSurveyJourneyIT extends BrowserTest {

    @Autowired ApplicationContext spring;
    @Autowired Cases cases;
    @Autowired CaseNetwork network;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_manager_opens_a_round_and_the_teams_partner_answers_it_once() {
        // the manager opens a round for their team
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/staff/stakeholder-survey");
        Logins.asStaff(page, "esihenkilo");
        assertThat(page.locator("h1").innerText()).isEqualTo(translation("fi", "stakeholder.title"));
        page.locator("#stakeholder-rounds-open").click();
        page.locator("#stakeholder-rounds-status").filter(new Locator.FilterOptions().setHasText(Pattern.compile(
                "\\d"))).waitFor();
        assertThat(page.locator("#stakeholder-rounds-list li").count()).isPositive();
        assertAccessible(page);
        String team = jdbc.queryForObject("SELECT team_code FROM staff_member WHERE display_name = 'Marja Koskinen'",
                String.class);

        // the partner has signed in once; a client of the team names them in the network
        newVisitor("fi-FI");
        watch = HostileInput.watch(page);
        open(page, "/staff/network");
        Logins.asStaff(page, "ammattilainen");
        String partner = jdbc.queryForObject("SELECT subject FROM staff_member WHERE display_name = 'Leena Nieminen'",
                String.class);
        // not offered before a client of the team names her (unless another journey of this run already did)
        if (jdbc.queryForObject("SELECT COUNT(*) FROM case_network_member m JOIN client_case c ON c.id = m.case_id"
                + " JOIN staff_member s ON s.subject = c.responsible_subject WHERE m.staff_subject = ?"
                + " AND m.removed_at IS NULL AND s.team_code = ?", Integer.class, partner, team) == 0) {
            assertThat(page.locator("#stakeholder-rounds").count()).isZero();
        }
        prepareNetwork(team, partner);

        open(page, "/staff/network");
        Locator link = page.locator("#stakeholder-rounds a.tt-stakeholder-link");
        assertThat(link.count()).isEqualTo(1);
        assertAccessible(page);
        link.click();
        page.waitForURL(Pattern.compile(".*/staff/survey/[0-9]+$"));
        waitForVaadin(page);
        String surveyPath = path(page);
        assertThat(page.locator("h1").innerText()).isEqualTo(translation("fi", "stakeholder.title"));
        assertAccessible(page);

        // sent empty: said at each statement and in the summary, nothing stored
        page.locator("#stakeholder-send").click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#q-sh_recommend").getAttribute("invalid")).isNotNull();
        assertThat(page.locator("#q-sh_text").getAttribute("invalid")).isNull();
        assertAccessible(page);

        // answered: the words stay as text, nothing runs
        page.locator("#q-sh_recommend").getByRole(AriaRole.RADIO).nth(4).check();
        page.locator("#q-sh_effective").getByRole(AriaRole.RADIO).nth(3).check();
        Locator cooperation = page.locator("#q-sh_cooperation").getByRole(AriaRole.RADIO).nth(2);
        cooperation.focus();
        page.keyboard().press("Space");
        waitForVaadin(page);
        String words = HostileInput.breakouts().getFirst().text();
        words = words.substring(0, Math.min(1000, words.length()));
        page.locator("#q-sh_text textarea").fill(words);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        page.setViewportSize(1280, 900);
        page.locator("#stakeholder-send").click();
        page.locator("#stakeholder-status").getByText(translation("fi", "stakeholder.sent")).waitFor();
        watch.assertNothingRan();
        assertAccessible(page);

        // answered once: no longer offered, the address is not found
        open(page, "/staff/network");
        assertThat(page.locator("#stakeholder-rounds").count()).isZero();
        open(page, surveyPath);
        assertThat(page.locator("h1").innerText()).isEqualTo(translation("fi", "error.notfound.title"));
        watch.assertNothingRan();

        // the manager sees one answer, never who
        newVisitor("fi-FI");
        open(page, "/staff/stakeholder-survey");
        Logins.asStaff(page, "esihenkilo");
        String oneAnswer = translation("fi", "stakeholder.rounds.item").replace("{0}–{1}: ", "").replace("{2}", "1");
        assertThat(page.locator("#stakeholder-rounds-list").innerText()).contains(oneAnswer).doesNotContain("Leena");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stakeholder_respondent r JOIN stakeholder_round o ON"
                + " o.id = r.round_id WHERE o.team_code = ?", Integer.class, team)).isEqualTo(1);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "stakeholder-rounds-390");
    }

    /** A client of the team (their worker in the manager's team) with the partner named in the network. */
    private void prepareNetwork(String team, String partner) {
        TestLogins.useStrategyOf(spring);
        try {
            String coordinator = "survey-coord-" + System.nanoTime();
            TestLogins.staffInDirectory(spring, coordinator, "Sami Selvitys", team, Roles.COORDINATOR);
            long person = TestLogins.resident(spring, Hetu.of(LocalDate.of(1977, 1, 1).plusDays(System.nanoTime()
                    % 3_000), 931).value(), "Kysely", "Asiakas");
            TestLogins.staff(coordinator, "Sami Selvitys", Roles.COORDINATOR);
            long caseId = cases.openCaseOf(person).map(ClientCase::id).orElseGet(() -> cases.open(person));
            network.add(caseId, new NetworkDraft(NetworkCategory.KELA, "Kela", ContactRole.RESPONSIBLE_WORKER,
                    "Leena Nieminen", "", partner));
        } finally {
            TestLogins.anonymous();
        }
    }
}
