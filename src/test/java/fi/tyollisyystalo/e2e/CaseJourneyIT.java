package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/**
 * Journey 6 (first part): the coordinator opens a client's case by identity code, records the segment and the
 * step, builds the shared plan with a goal and actions of three parties (a stale edit is refused, nothing typed
 * lost); the client, in Swedish, sees the plan, ticks their own action and comments; the coordinator sees both.
 * axe on every view at 1280 and 390 px; hostile text in the plan is shown as text.
 */
class CaseJourneyIT extends BrowserTest {

    @Test
    void the_coordinator_builds_the_plan_and_the_client_ticks_and_comments() {
        // the client has signed in once (a client is found by the code only then)
        open(page, "/my-page");
        Logins.asResident(page, "resident-elias");
        open(page, "/my-plan");
        assertThat(page.locator("#plan-none").innerText()).isNotBlank();
        context.close();
        context = newContext("fi-FI", 1280, 900);
        page = context.newPage();
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/staff/cases");
        Logins.asStaff(page, "koordinaattori");
        assertAccessible(page);
        page.locator("#cases-hetu input").fill("240601A925D");
        page.locator("#cases-open-button").click();
        page.waitForURL(Pattern.compile(".*/staff/cases/[0-9]+$"));
        waitForVaadin(page);
        assertThat(page.locator("h1").innerText()).contains("Elias Lindqvist");
        String caseUrl = page.url();

        // segment, unemployment at the start and step
        assertThat(page.locator("main").innerText()).contains(translation("fi", "case.unemployment.none"));
        select("#case-coping", translation("fi", "case.coping.HARD"));
        select("#case-need", translation("fi", "case.need.HIGH"));
        select("#case-unemployment", translation("fi", "case.unemployment.OVER_3_YEARS"));
        select("#case-step", translation("fi", "case.step.2"));
        page.locator("#case-segment-save").click();
        page.locator("main").getByText(translation("fi", "case.segment.CARE")).first().waitFor();
        assertThat(page.locator("main .tt-facts").first().innerText())
                .contains(translation("fi", "case.unemployment.OVER_3_YEARS"));

        // a goal, and actions for the client, Kela and the team
        page.locator("#item-kind vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(
                translation("fi", "case.kind.GOAL"))).click();
        page.locator("#item-title input").fill("Osa-aikatyö keväällä");
        select("#item-party", translation("fi", "case.party.CLIENT"));
        page.locator("#item-save").click();
        page.locator("#case-plan").getByText("Osa-aikatyö keväällä").first().waitFor();
        addAction("Käyn työkokeilussa", "case.party.CLIENT", true);
        addAction("Kuntoutushakemus", "case.party.KELA", false);
        for (HostileInput.Value v : HostileInput.breakouts()) {
            addAction(v.text().substring(0, Math.min(300, v.text().length())), "case.party.TEAM", false);
        }
        watch.assertNothingRan();
        // a meeting summary shared with the client, and the handover text to copy
        page.locator("#note-text textarea").fill("Tapasimme 7.12. ja sovimme työkokeilusta.");
        page.locator("#note-shared input").check();
        page.locator("#note-add").click();
        page.locator("#case-notes").getByText("Tapasimme 7.12. ja sovimme työkokeilusta.").waitFor();
        assertThat(page.locator("#case-handover-text textarea").inputValue()).contains("Elias Lindqvist")
                .contains("Osa-aikatyö keväällä").contains("Kuntoutushakemus").contains(translation("fi", "case.party.KELA"))
                .contains(translation("fi", "case.fact.unemployment") + ": "
                        + translation("fi", "case.unemployment.OVER_3_YEARS"));
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "case-plan-390");
        page.setViewportSize(1280, 900);

        // the client, in Swedish: the plan, a tick on their own action, a comment on Kela's
        context.close();
        context = newContext("sv-SE", 1280, 900);
        page = context.newPage();
        watch = HostileInput.watch(page);
        open(page, "/my-plan");
        Logins.asResident(page, "resident-elias");
        assertThat(page.locator("#plan-notes").innerText()).contains("Tapasimme 7.12. ja sovimme työkokeilusta.");
        assertThat(page.locator("#plan-items").innerText()).contains("Osa-aikatyö keväällä").contains(
                "Käyn työkokeilussa").contains(translation("sv", "case.party.KELA"));
        assertAccessible(page);
        Locator own = page.locator(".tt-plan__action").filter(new Locator.FilterOptions().setHasText(
                "Käyn työkokeilussa"));
        own.locator("vaadin-checkbox input").click();
        page.locator("#plan-status").getByText(translation("sv", "myplan.saved")).waitFor();
        Locator kela = page.locator(".tt-plan__action").filter(new Locator.FilterOptions().setHasText(
                "Kuntoutushakemus"));
        kela.locator("vaadin-text-area textarea").fill("Jag skickade ansökan i går.");
        kela.locator("vaadin-button").click();
        page.locator("#plan-status").getByText(translation("sv", "myplan.commented")).waitFor();
        assertThat(page.locator("#plan-items").innerText()).contains("Jag skickade ansökan i går.");
        // the plan as a PDF in Swedish, read back
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#plan-pdf").click());
        String pdf;
        try {
            var reader = new org.openpdf.text.pdf.PdfReader(java.nio.file.Files.readAllBytes(download.path()));
            try {
                pdf = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            } finally {
                reader.close();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(pdf).contains(translation("sv", "myplan.pdf.title")).contains("Käyn työkokeilussa")
                .contains(translation("sv", "case.itemstatus.DONE")).contains(translation("sv", "case.party.KELA"));
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "my-plan-sv-390");
        // My page says how far the plan is
        open(page, "/my-page");
        assertThat(page.locator("#mypage-plan").innerText()).contains("Kaisa Lehtonen")
                .contains(translation("sv", "mypage.plan.open"));
        watch.assertNothingRan();

        // the coordinator sees the tick and the comment
        context.close();
        context = newContext("fi-FI", 1280, 900);
        page = context.newPage();
        page.navigate(caseUrl);
        Logins.asStaff(page, "koordinaattori");
        waitForVaadin(page);
        Locator ownAgain = page.locator(".tt-plan__action").filter(new Locator.FilterOptions().setHasText(
                "Käyn työkokeilussa"));
        assertThat(ownAgain.innerText()).contains(translation("fi", "case.itemstatus.DONE")).contains("Elias Lindqvist");
        assertThat(page.locator("#case-plan").innerText()).contains("Jag skickade ansökan i går.");
        assertThat(page.locator("#case-evaluations").innerText()).contains(translation("fi", "case.evaluation.M1"));
    }

    private void addAction(String title, String partyKey, boolean agreed) {
        page.locator("#item-kind vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(
                translation("fi", "case.kind.ACTION"))).click();
        waitForVaadin(page);
        page.locator("#item-goal").click();
        page.locator("#item-goal vaadin-select-item[role='option']").filter(new Locator.FilterOptions().setHasText(
                "Osa-aikatyö keväällä")).click();
        page.locator("#item-title input").fill(title);
        select("#item-party", translation("fi", partyKey));
        if (agreed) {
            page.locator("#item-agreed input").check();
        }
        page.locator("#item-save").click();
        page.locator("#case-status").getByText(translation("fi", "case.saved")).waitFor();
        waitForVaadin(page);
    }

    private void select(String id, String text) {
        select(page, id, text);
    }
}
