package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.referral.ContactRequestService;

/**
 * A resident gives an address and consents to notices on My page; their contact request sends a notice,
 * and the development mailbox shows it — in Swedish, without their name.
 */
class DevMailboxIT extends BrowserTest {

    @Autowired ContactRequestService requests;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext applicationContext;

    @Test
    void a_notice_to_a_consenting_resident_shows_in_the_development_mailbox() {
        open(page, "/my-page");
        Logins.asResident(page, "resident-noah");
        page.locator("#profile-email input").fill("noah.mailbox@example.fi");
        page.locator("#profile-consent input").check();
        page.locator("#profile-save").click();
        page.locator(".tt-status").waitFor();

        long personId = jdbc.queryForObject("SELECT id FROM person WHERE given_name = 'Noah' ORDER BY id LIMIT 1",
                Long.class);
        long checkId = jdbc.queryForObject("SELECT COALESCE(MAX(health_check_id), 0) + 2000000 FROM contact_request",
                Long.class);
        TestLogins.useStrategyOf(applicationContext);
        SystemActor.run(() -> requests.openFromHealthCheck(checkId, personId));

        open(page, "/dev/mailbox");
        assertThat(page.locator("h1").innerText()).isIn(translation("fi", "devmail.title"),
                translation("sv", "devmail.title"), translation("en", "devmail.title"));
        var mail = page.locator("article:has-text('noah.mailbox@example.fi')");
        for (int i = 0; i < 30 && mail.count() == 0; i++) {
            page.waitForTimeout(1000);
            page.locator("#devmail-refresh").click();
        }
        assertThat(mail.first().locator("h2").innerText())
                .isEqualTo(translation("sv", "notice.contact-request-received.subject"));
        assertThat(mail.first().innerText()).contains("loggar in").doesNotContain("Noah").doesNotContain("Andersson");
        assertAccessible(page);
        screenshot(page, "dev-mailbox");
    }
}
