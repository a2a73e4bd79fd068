package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/**
 * Journey 6, the network: the coordinator records two organisations of the client's network (Kela with its
 * professional's account, and social services) and a comprehensive work-ability assessment with its result and
 * decision; nothing an entry says shows before the client's consent. The client, in Swedish, opens Kela only;
 * then Kela's professional reads the plan and sees Kela but not social services, the coordinator sees Kela's
 * details, and once the client closes it again the professional finds nothing. The manager, in English, sees
 * the team's evaluations with no client named. axe on every view, at 1280 and 390 px; hostile names as text.
 */
class NetworkJourneyIT extends BrowserTest {

    private static final String KELA = "Kela, Imatran toimisto";
    private static final String SOCIAL = "Imatran sosiaalitoimi";

    private Locator member(String text) {
        return page.locator("li[data-member]").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void the_client_opens_one_organisation_and_only_its_professional_reads_the_plan() {
        // the partner professional has signed in once, and nothing is shared with them yet
        open(page, "/staff/network");
        Logins.asStaff(page, "ammattilainen");
        assertThat(page.locator("h1").innerText()).isEqualTo(translation("fi", "shared.title"));
        assertAccessible(page);
        // the client has signed in once (a client is found by the code only then)
        newVisitor("sv-SE");
        open(page, "/my-page");
        Logins.asResident(page, "resident-noah");

        // the coordinator opens the case and records the network
        newVisitor("fi-FI");
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/staff/cases");
        Logins.asStaff(page, "koordinaattori");
        page.locator("#cases-hetu input").fill("120503B957D");
        page.locator("#cases-open-button").click();
        page.waitForURL(Pattern.compile(".*/staff/cases/[0-9]+$"));
        waitForVaadin(page);
        String caseUrl = page.url();
        select(page, "#network-category", translation("fi", "case.network.category.KELA"));
        page.locator("#network-organisation input").fill(KELA);
        select(page, "#network-role", translation("fi", "case.network.role.RESPONSIBLE_WORKER"));
        page.locator("#network-contact-name input").fill("Kaija Kela");
        page.locator("#network-contact-info input").fill("020 634 0000");
        select(page, "#network-partner", "Leena Nieminen");
        page.locator("#network-add").click();
        page.locator("#case-status").getByText(translation("fi", "case.saved")).waitFor();
        waitForVaadin(page);
        // no organisation: said at the field, what was typed stays
        page.locator("#network-contact-name input").fill("Sari Sosiaali");
        page.locator("#network-add").click();
        page.locator("#network-organisation[invalid]").waitFor();
        assertThat(page.locator("#network-contact-name input").inputValue()).isEqualTo("Sari Sosiaali");
        select(page, "#network-category", translation("fi", "case.network.category.SOCIAL_SERVICES"));
        select(page, "#network-role", translation("fi", "case.network.role.CARE_CONTACT"));
        page.locator("#network-organisation input").fill(SOCIAL);
        page.locator("#network-add").click();
        member(translation("fi", "case.network.category.SOCIAL_SERVICES")).first().waitFor();
        waitForVaadin(page);
        for (HostileInput.Value v : HostileInput.breakouts()) {
            page.locator("#network-organisation input").fill(v.text().substring(0, Math.min(200, v.text().length())));
            page.locator("#network-contact-name input").fill(v.text().substring(0, Math.min(200, v.text().length())));
            page.locator("#network-add").click();
            page.locator("#case-status").getByText(translation("fi", "case.saved")).waitFor();
            waitForVaadin(page);
        }
        watch.assertNothingRan();
        String network = page.locator("#case-network-list").innerText();
        assertThat(network).contains(translation("fi", "case.network.no-consent"))
                .contains(translation("fi", "case.network.hidden")).doesNotContain(KELA).doesNotContain("Kaija Kela");

        // a comprehensive work-ability assessment with its result and decision
        page.locator("#item-kind vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(
                translation("fi", "case.kind.ASSESSMENT"))).click();
        page.locator("#item-decision").waitFor();
        page.locator("#item-title input").fill("Työkyvyn arvio työterveyshuollossa");
        page.locator("#item-result textarea").fill("Työkyky on osittain alentunut.");
        page.locator("#item-decision textarea").fill("Haetaan ammatillista kuntoutusta.");
        select(page, "#item-party", translation("fi", "case.party.HEALTH"));
        page.locator("#item-save").click();
        page.locator("#case-plan").getByText("Haetaan ammatillista kuntoutusta.").waitFor();
        assertThat(page.locator("#case-plan").innerText()).contains(translation("fi", "case.kind.ASSESSMENT"))
                .contains("Työkyky on osittain alentunut.");
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "case-network-390");

        // the client, in Swedish, sees every entry and opens Kela only
        newVisitor("sv-SE");
        watch = HostileInput.watch(page);
        open(page, "/my-plan");
        Logins.asResident(page, "resident-noah");
        assertThat(page.locator("#plan-network").innerText()).contains(KELA).contains(SOCIAL).contains("Kaija Kela")
                .contains(translation("sv", "case.network.category.KELA"));
        assertThat(page.locator("#plan-items").innerText()).contains("Haetaan ammatillista kuntoutusta.")
                .contains(translation("sv", "case.item.decision"));
        member(KELA).locator("vaadin-checkbox input").click();
        page.locator("#plan-status").getByText(translation("sv", "myplan.network.opened")).waitFor();
        waitForVaadin(page);
        assertThat(member(KELA).locator("vaadin-checkbox[checked]").count()).isOne();
        assertThat(member(SOCIAL).locator("vaadin-checkbox[checked]").count()).isZero();
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "my-plan-network-sv-390");
        watch.assertNothingRan();
        // the consent centre on My page names it
        open(page, "/my-page");
        assertThat(page.locator("#consents").innerText()).contains(translation("sv", "consent.kind.NETWORK_SHARE"))
                .contains(KELA);

        // Kela's professional reads the plan and the part of the network the client opened
        newVisitor("fi-FI");
        open(page, "/staff/network");
        Logins.asStaff(page, "ammattilainen");
        page.locator("#shared-list a").filter(new Locator.FilterOptions().setHasText("Noah Andersson")).click();
        page.waitForURL(Pattern.compile(".*/staff/network/[0-9]+$"));
        waitForVaadin(page);
        String sharedUrl = page.url();
        assertThat(page.locator("#shared-plan").innerText()).contains("Työkyvyn arvio työterveyshuollossa")
                .contains("Haetaan ammatillista kuntoutusta.");
        assertThat(page.locator("#shared-network").innerText()).contains(KELA).doesNotContain(SOCIAL);
        assertAccessible(page);
        screenshot(page, "shared-plan");

        // the coordinator now sees Kela's details, not social services'
        newVisitor("fi-FI");
        page.navigate(caseUrl);
        Logins.asStaff(page, "koordinaattori");
        waitForVaadin(page);
        assertThat(member(KELA).innerText()).contains("Kaija Kela").contains("Leena Nieminen")
                .contains(translation("fi", "case.network.consented"));
        assertThat(page.locator("#case-network-list").innerText()).doesNotContain(SOCIAL);
        assertThat(page.locator("#case-handover-text textarea").inputValue()).contains(KELA).doesNotContain(SOCIAL);

        // the client closes Kela again: the professional finds nothing
        newVisitor("sv-SE");
        open(page, "/my-plan");
        Logins.asResident(page, "resident-noah");
        member(KELA).locator("vaadin-checkbox input").click();
        page.locator("#plan-status").getByText(translation("sv", "myplan.network.closed")).waitFor();
        newVisitor("fi-FI");
        page.navigate(sharedUrl);
        Logins.asStaff(page, "ammattilainen");
        waitForVaadin(page);
        assertThat(page.locator("h1").innerText()).isEqualTo(translation("fi", "error.notfound.title"));
        open(page, "/staff/network");
        assertThat(page.locator("main").innerText()).doesNotContain("Noah Andersson");

        // the manager, in English: the team's evaluations, no client named
        newVisitor("en-GB");
        open(page, "/staff/evaluations");
        Logins.asStaff(page, "esihenkilo");
        assertThat(page.locator("#teameval-list").innerText()).contains("Kaisa Lehtonen")
                .contains(translation("en", "case.evaluation.M1")).doesNotContain("Noah");
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "team-evaluations-en-390");
    }
}
