package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.base.time.TestClock;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.ClientCase;
import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.followup.FollowUpPurpose;
import fi.tyollisyystalo.followup.FollowUps;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.ProfileUpdate;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.notification.internal.DevMailServer;
import fi.tyollisyystalo.notification.internal.GreenMailLauncher;
import fi.tyollisyystalo.statistics.NorthSavoPilot;

/**
 * Issue #15's follow-up waves in Finnish and in Swedish: the case's opening invites the resident to the outcome
 * questionnaire (PROM) and a held visit to the experience questionnaire (PREM), each with an invitation mail in the
 * dev mail server; the resident answers both from My page (the PREM's free text is hostile input, shown as text);
 * the manager's dashboard counts one more answer in each wave (with the North Savo pilot's year under it, so that
 * the counts are never suppressed as 1–4); the clock moves past 7 and 14 days and the reminder job runs: no reminder for the answered ones, two for the one
 * left open. axe at 1280 and 390 px.
 */
class FollowUpWavesJourneyIT extends BrowserTest {

    @Autowired ApplicationContext spring;
    @Autowired Cases cases;
    @Autowired FollowUps followUps;
    @Autowired PersonService persons;
    @Autowired JdbcTemplate jdbc;

    private long promStart;
    private long premVisit;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void a_finnish_resident_answers_the_outcome_and_experience_questionnaires_and_is_not_reminded_of_them() {
        journey("fi", "fi-FI", "resident-anna-liisa", "021164-9123", "Anna-Liisa", "Korhonen",
                "anna-liisa.waves@example.fi");
    }

    @Test
    void a_resident_in_swedish_answers_the_outcome_and_experience_questionnaires_and_is_not_reminded_of_them() {
        journey("sv", "sv-SE", "resident-noah", "120503B957D", "Noah", "Andersson", "noah.waves@example.fi");
    }

    private void journey(String lang, String locale, String subject, String hetu, String given, String family,
            String email) {
        NorthSavoPilot.seededOnce(spring);
        long person = prepare(hetu, given, family, lang, email);
        // the manager's dashboard before the resident answers
        BrowserContext managers = newContext("fi-FI", 1280, 900);
        Page manager = managers.newPage();
        open(manager, "/staff/statistics");
        Logins.asStaff(manager, "esihenkilo");
        int[] before = answered(manager, "PROM_START", "PREM_VISIT");
        // the invitations' mails: words that say only that there is a questionnaire
        List<DevMailServer.DevMail> invited = awaitMails(email, translation(lang, "notice.follow-up-invited.subject"),
                2);
        assertThat(invited).allSatisfy(m -> assertThat(m.body()).doesNotContain(family));

        context.close();
        context = newContext(locale, 1280, 900);
        page = context.newPage();
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/my-page");
        Logins.asResident(page, subject);

        // the outcome questionnaire at the start
        answerFrom(lang, "PROM_START", promStart);
        assertThat(page.locator("main").innerText()).contains(translation(lang, "followup.lead.PROM_START")
                .substring(0, 20));
        assertAccessible(page);
        page.locator("#follow-up-send").click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#q-employment").getAttribute("invalid")).isNotNull();
        radio("was", 5).check();
        for (String domain : new String[] {"WORK", "BODY", "MIND", "SKILLS", "EVERYDAY", "INCLUSION"}) {
            radio("domain_" + domain, 6).check();
        }
        // 3X10D is off here: its questions are not asked
        assertThat(page.locator("#q-x3_health").count()).isZero();
        Locator unemployed = page.locator("#q-employment").getByRole(AriaRole.RADIO).nth(
                FollowUpForms.EMPLOYMENT_CODES.indexOf("UNEMPLOYED"));
        unemployed.focus();
        page.keyboard().press("Space");
        waitForVaadin(page);
        page.locator("#follow-up-send").click();
        page.locator("#follow-up-status").getByText(translation(lang, "followup.sent.PROM_START")).waitFor();
        assertAccessible(page);

        // the experience questionnaire after the visit: anonymous in reports, does not affect the service
        answerFrom(lang, "PREM_VISIT", premVisit);
        assertThat(page.locator("main").innerText()).contains(translation(lang, "followup.lead.PREM_VISIT")
                .substring(0, 20));
        page.setViewportSize(390, 844);
        assertAccessible(page);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at 390 px").isTrue();
        page.setViewportSize(1280, 900);
        for (String item : FollowUpForms.PREM_ITEMS) {
            radio(item, 3).check(); // the fourth: "somewhat agree" (4)
        }
        String words = "Hyvä käynti " + HostileInput.breakouts().getFirst().text();
        words = words.substring(0, Math.min(1000, words.length()));
        page.locator("#q-prem_text textarea").fill(words);
        page.locator("#follow-up-send").click();
        page.locator("#follow-up-status").getByText(translation(lang, "followup.sent.PREM_VISIT")).waitFor();
        assertThat(page.locator("#follow-up-answers").innerText()).contains("Hyvä käynti");
        watch.assertNothingRan();
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "follow-up-prem-" + lang + "-390");
        // stored as the numbers 1–5
        assertThat(jdbc.queryForList("SELECT a.answer FROM follow_up_answer a JOIN follow_up f ON f.id ="
                + " a.follow_up_id WHERE f.person_id = ? AND f.purpose = 'PREM_VISIT' AND a.question_id LIKE 'prem\\_%'"
                + " AND a.question_id <> 'prem_text'", String.class, person)).hasSize(5).containsOnly("4");

        // the manager sees both answers in the waves' figure (the answers themselves never per client)
        assertThat(answered(manager, "PROM_START", "PREM_VISIT")).containsExactly(before[0] + 1, before[1] + 1);
        assertAccessible(manager);
        managers.close();

        // 7 and 14 days later the reminder job runs: nothing for the answered ones, two for the open one
        Instant now = Instant.now();
        TestClock.set(now.plus(Duration.ofDays(7)).plusSeconds(60));
        SystemActor.run(followUps::remindDue);
        TestClock.set(now.plus(Duration.ofDays(14)).plusSeconds(120));
        SystemActor.run(followUps::remindDue);
        assertThat(reminders(promStart)).isZero();
        assertThat(reminders(premVisit)).isZero();
        assertThat(jdbc.queryForObject("SELECT reminders FROM follow_up WHERE person_id = ? AND purpose ="
                + " 'PROM_FOLLOW_UP'", Integer.class, person)).isEqualTo(2);
        int sent = jdbc.queryForObject("SELECT COALESCE(SUM(reminders), 0) FROM follow_up WHERE person_id = ?",
                Integer.class, person);
        List<DevMailServer.DevMail> reminded = awaitMails(email, translation(lang, "notice.follow-up-reminder.subject"),
                sent);
        assertThat(reminded).hasSize(sent);

        // My page: the open one is still there to answer, the answered ones are not
        open(page, "/my-page");
        Locator links = page.locator("#mypage-follow-ups a.tt-follow-up-link");
        assertThat(links.allInnerTexts()).anyMatch(t -> t.contains(translation(lang, "followup.name.PROM_FOLLOW_UP")))
                .noneMatch(t -> t.contains(translation(lang, "followup.name.PREM_VISIT")));
        assertAccessible(page);
        page.setViewportSize(1280, 900);
        assertAccessible(page);
        watch.assertNothingRan();
    }

    /** Opens the follow-up from its link on My page, named by its purpose. */
    private void answerFrom(String lang, String purpose, long id) {
        open(page, "/my-page");
        Locator link = page.locator("#mypage-follow-ups a.tt-follow-up-link[href='/follow-up/" + id + "']");
        assertThat(link.innerText()).contains(translation(lang, "followup.name." + purpose));
        link.click();
        page.waitForURL(Pattern.compile(".*/follow-up/[0-9]+$"));
        waitForVaadin(page);
        assertThat(page.locator("h1").innerText()).isEqualTo(translation(lang, "followup.name." + purpose));
    }

    /**
     * The resident with notices by e-mail and an open case (the opening invites to the PROM); a held visit's PREM
     * and the six-month PROM, which is left unanswered. Returns the person.
     */
    private long prepare(String hetu, String given, String family, String lang, String email) {
        TestLogins.useStrategyOf(spring);
        try {
            long person = TestLogins.resident(spring, hetu, given, family);
            persons.updateMyProfile(new ProfileUpdate(lang, email, null, true));
            TestLogins.staff("koordinaattori", "Kaisa Lehtonen", Roles.COORDINATOR);
            long caseId = cases.openCaseOf(person).map(ClientCase::id).orElseGet(() -> cases.open(person));
            // opened now, or by another journey earlier: the start's PROM either way
            promStart = SystemActor.call(() -> followUps.invite(person, FollowUpForms.PROM,
                    FollowUpPurpose.PROM_START, caseId));
            premVisit = SystemActor.call(() -> followUps.invite(person, FollowUpForms.PREM,
                    FollowUpPurpose.PREM_VISIT, 9_100_000L + caseId));
            SystemActor.run(() -> followUps.invite(person, FollowUpForms.PROM, FollowUpPurpose.PROM_FOLLOW_UP,
                    caseId));
            return person;
        } finally {
            TestLogins.anonymous();
        }
    }

    /**
     * The answered counts of waves on the manager's dashboard (one load), all teams, from the pilot's first day to
     * today: read once the statistics have recorded every event.
     */
    private int[] answered(Page manager, String... purposes) {
        StatisticsSettled.await(spring);
        open(manager, "/staff/statistics?from=" + NorthSavoPilot.PERIOD_FROM + "&to="
                + LocalDate.now(ZoneId.of("Europe/Helsinki")));
        int[] counts = new int[purposes.length];
        for (int i = 0; i < purposes.length; i++) {
            String cell = StatisticsTables.cell(manager, "followups",
                    translation("fi", "stats.followups." + purposes[i]), 2);
            assertThat(cell).as("the answered count of " + purposes[i]).matches("[0-9\\s\u00a0]+");
            counts[i] = Integer.parseInt(cell.replaceAll("[^0-9]", ""));
        }
        return counts;
    }

    private int reminders(long followUp) {
        return jdbc.queryForObject("SELECT reminders FROM follow_up WHERE id = ?", Integer.class, followUp);
    }

    private static List<DevMailServer.DevMail> awaitMails(String to, String subject, int atLeast) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mails(to, subject).size() >= atLeast);
        return mails(to, subject);
    }

    private static List<DevMailServer.DevMail> mails(String to, String subject) {
        return GreenMailLauncher.received().stream().filter(m -> m.to().contains(to) && m.subject().equals(subject))
                .toList();
    }

    private Locator radio(String id, int index) {
        return page.locator("#q-" + id).getByRole(AriaRole.RADIO).nth(index);
    }
}
