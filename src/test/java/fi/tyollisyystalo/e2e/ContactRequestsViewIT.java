package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.referral.ContactRequestService;

/** The team's worklist of contact requests in the browser: the client, the answer target, axe. */
class ContactRequestsViewIT extends BrowserTest {

    @Autowired ContactRequestService requests;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.context.ApplicationContext applicationContext;

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void a_coordinator_sees_who_asked_to_be_contacted_and_by_when(int width) {
        open(page, "/my-page");
        Logins.asResident(page, "resident-mikko");
        long personId = jdbc.queryForObject("SELECT id FROM person WHERE given_name = 'Mikko' ORDER BY id LIMIT 1",
                Long.class);
        // the request refers to a health check only by id (the referral module keeps no copy of it)
        long checkId = jdbc.queryForObject("SELECT COALESCE(MAX(health_check_id), 0) + 1000000 + " + width
                + " FROM contact_request", Long.class);
        fi.tyollisyystalo.identity.internal.TestLogins.useStrategyOf(applicationContext);
        SystemActor.run(() -> requests.openFromHealthCheck(checkId, personId));

        try (var staffContext = newContext("fi-FI", width, 900)) {
            var staff = staffContext.newPage();
            open(staff, "/staff/contact-requests");
            Logins.asStaff(staff, "koordinaattori");
            assertThat(staff.locator("h1").innerText()).isEqualTo(translation("fi", "contactrequests.title"));
            assertThat(staff.locator("#contact-requests").innerText()).contains("Mikko Virtanen")
                    .contains(translation("fi", "contactrequests.source.HEALTH_CHECK"));
            assertThat((Boolean) staff.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            assertAccessible(staff);
            screenshot(staff, "contact-requests-" + width);
        }

        // Mikko's own page says when the team answers at the latest
        page.setViewportSize(width, 900);
        open(page, "/my-page");
        assertThat(page.locator("#mypage-referrals").innerText()).contains(translation("fi", "contactrequests.source.HEALTH_CHECK"))
                .contains("viimeistään");
        assertAccessible(page);
    }
}
