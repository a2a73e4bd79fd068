package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.ClientCase;
import fi.tyollisyystalo.casework.Evaluation;
import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.followup.FollowUpPurpose;
import fi.tyollisyystalo.followup.FollowUps;
import fi.tyollisyystalo.healthcheck.DraftCheck;
import fi.tyollisyystalo.healthcheck.HealthCheckSharing;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.healthcheck.SampleAnswers;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * Journey 6 (the interim evaluation), in Finnish and in Swedish: a resident with an open case and a shared health
 * check is invited to the 1-month follow-up; My page links to it; sending it empty or with too long words says so
 * at each field and keeps what was given, also over leaving the page; sent, it is answered once. The chart of change on My plan and on the
 * coordinator's case page writes out the numbers from the health check to the follow-up, and the coordinator
 * reads the answers, the resident's own words shown as text; another resident gets the 404. axe at 1280 and
 * 390 px.
 */
class FollowUpJourneyIT extends BrowserTest {

    @Autowired ApplicationContext spring;
    @Autowired Cases cases;
    @Autowired FollowUps followUps;
    @Autowired ResidentHealthChecks healthChecks;
    @Autowired HealthCheckSharing sharing;

    @Test
    void a_finnish_resident_answers_the_one_month_follow_up_and_the_chart_shows_the_change() {
        journey("fi", "fi-FI", "resident-mikko", "150385-9013", "Mikko", "Virtanen");
    }

    @Test
    void a_resident_in_swedish_answers_the_one_month_follow_up_and_the_chart_shows_the_change() {
        journey("sv", "sv-SE", "resident-leila", "090978-936C", "Leila", "Haddad");
    }

    private void journey(String lang, String locale, String subject, String hetu, String given, String family) {
        long caseId = prepare(hetu, given, family);

        context.close();
        context = newContext(locale, 1280, 900);
        page = context.newPage();
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/my-page");
        Logins.asResident(page, subject);
        // the interim follow-up's link (the outcome questionnaire the opening case invited to has its own)
        Locator link = page.locator("#mypage-follow-ups a.tt-follow-up-link").filter(new Locator.FilterOptions()
                .setHasText(translation(lang, "followup.name.CASE_EVALUATION")));
        assertThat(link.innerText()).contains(translation(lang, "followup.title"));
        link.click();
        page.waitForURL(Pattern.compile(".*/follow-up/[0-9]+$"));
        waitForVaadin(page);
        String formUrl = page.url();
        assertThat(page.locator("h1").innerText()).isEqualTo(translation(lang, "followup.title"));
        assertAccessible(page);

        // sent empty: a summary at the top and a message at each required field
        page.locator("#follow-up-send").click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#error-summary").innerText()).contains(translation(lang, "followup.errors.heading"));
        assertThat(page.locator("#q-was").getAttribute("invalid")).isNotNull();
        assertThat(page.locator("#q-helped").getAttribute("invalid")).isNotNull();
        assertThat(page.locator("#q-changed").getAttribute("invalid")).isNull();
        assertThat(page.title()).startsWith(translation(lang, "hc.errors.title.prefix"));
        assertAccessible(page);

        // answered by keyboard and mouse; own words too long first: said at the field, kept as typed
        radio("was", 8).check();
        for (String domain : new String[] {"WORK", "BODY", "MIND", "SKILLS", "EVERYDAY", "INCLUSION"}) {
            radio("domain_" + domain, 7).check();
        }
        page.locator("#q-changed").getByRole(AriaRole.CHECKBOX).nth(1).check();
        page.locator("#q-changed").getByRole(AriaRole.CHECKBOX).nth(4).check();
        Locator helped = radio("helped", 0);
        helped.focus();
        page.keyboard().press("Space");
        waitForVaadin(page);
        String tooLong = "x".repeat(1001);
        page.locator("#q-own_words textarea").fill(tooLong);
        page.locator("#follow-up-send").click();
        page.locator("#q-own_words[invalid]").waitFor();
        assertThat(page.locator("#q-own_words textarea").inputValue()).isEqualTo(tooLong);
        assertThat(radio("was", 8).isChecked()).isTrue();
        assertThat(page.locator("#q-was").getAttribute("invalid")).isNull();
        // leaving and coming back: the answers given are kept, the too long words too
        open(page, java.net.URI.create(formUrl).getPath());
        assertThat(radio("was", 8).isChecked()).isTrue();
        assertThat(radio("helped", 0).isChecked()).isTrue();
        assertThat(page.locator("#q-own_words textarea").inputValue()).isEqualTo(tooLong);
        String words = "Arki sujuu paremmin " + HostileInput.breakouts().getFirst().text();
        words = words.substring(0, Math.min(1000, words.length()));
        page.locator("#q-own_words textarea").fill(words);
        page.locator("#follow-up-send").click();
        page.locator("#follow-up-status").getByText(translation(lang, "followup.sent.CASE_EVALUATION")).waitFor();
        assertThat(page.locator("#follow-up-answers").innerText()).contains("Arki sujuu paremmin").contains("8/10");
        watch.assertNothingRan();
        assertAccessible(page);

        // once answered it stays answered: the page shows the answers, nothing to send
        open(page, java.net.URI.create(formUrl).getPath());
        assertThat(page.locator("#follow-up-send").count()).isZero();
        assertThat(page.locator("#follow-up-status").innerText()).isNotBlank();

        // another resident reaches nothing of it: the same 404 as for a missing one
        try (var otherContext = newContext(locale, 1280, 900)) {
            var other = otherContext.newPage();
            open(other, "/login");
            Logins.asResident(other, "resident-noah");
            open(other, java.net.URI.create(formUrl).getPath());
            assertThat(other.locator("h1").innerText()).isEqualTo(translation(lang, "error.notfound.title"));
            assertThat(other.locator("body").innerText()).doesNotContain("Arki sujuu paremmin");
        }

        // My plan: the interim follow-up is no longer to answer, and the chart's numbers from the health check (4)
        // to the follow-up (8)
        open(page, "/my-plan");
        Locator plan = page.locator("#plan-follow-ups");
        assertThat(plan.locator("a.tt-follow-up-link").allInnerTexts())
                .noneMatch(t -> t.contains(translation(lang, "case.evaluation.M1")));
        assertThat(row(plan, translation(lang, "chart.was"))).contains("4").contains("8").contains("+4");
        assertThat(row(plan, translation(lang, "domain.WORK"))).contains("4").contains("7").contains("+3");
        assertThat(plan.locator(".tt-change-chart__panels").getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(plan.locator("caption").innerText()).isEqualTo(translation(lang, "chart.caption"));
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "follow-up-chart-" + lang + "-390");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at 390 px").isTrue();
        watch.assertNothingRan();

        // the coordinator sees the answers at the evaluation, the words as text, and the same chart
        context.close();
        context = newContext(locale, 1280, 900);
        page = context.newPage();
        watch = HostileInput.watch(page);
        open(page, "/staff/cases/" + caseId);
        Logins.asStaff(page, "koordinaattori");
        Locator staff = page.locator("#case-follow-ups");
        assertThat(staff.innerText()).contains(translation(lang, "case.evaluation.M1")).contains("Arki sujuu paremmin")
                .contains(HostileInput.breakouts().getFirst().text().substring(0, 20));
        assertThat(row(staff, translation(lang, "chart.was"))).contains("4").contains("8").contains("+4");
        watch.assertNothingRan();
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "follow-up-case-" + lang + "-390");
    }

    /** The resident's shared health check (work ability 4), their open case, and the 1-month follow-up invitation. */
    private long prepare(String hetu, String given, String family) {
        TestLogins.useStrategyOf(spring);
        try {
            long person = TestLogins.resident(spring, hetu, given, family);
            DraftCheck draft = healthChecks.startOrResume();
            Map<String, String> answers = SampleAnswers.withFindings();
            answers.put("was", "4");
            answers.put("contact_wish", "NO");
            answers.forEach((q, v) -> healthChecks.saveAnswer(draft.id(), q, v));
            sharing.shareWithTeam(healthChecks.submit(draft.id()).id());
            TestLogins.staff("koordinaattori", "Kaisa Lehtonen", Roles.COORDINATOR);
            long caseId = cases.openCaseOf(person).map(ClientCase::id).orElseGet(() -> cases.open(person));
            Evaluation m1 = cases.evaluations(caseId).stream().filter(e -> e.kind().equals("M1")).findFirst()
                    .orElseThrow();
            SystemActor.run(() -> followUps.invite(person, FollowUpForms.INTERIM, FollowUpPurpose.CASE_EVALUATION,
                    m1.id()));
            return caseId;
        } finally {
            TestLogins.anonymous();
        }
    }

    private Locator radio(String id, int index) {
        return page.locator("#q-" + id).getByRole(AriaRole.RADIO).nth(index);
    }

    private static String row(Locator section, String measure) {
        return section.locator("tr").filter(new Locator.FilterOptions().setHasText(measure)).first().innerText();
    }
}
