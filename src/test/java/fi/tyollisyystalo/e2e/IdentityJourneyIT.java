package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Issue "Identity and access": a resident and a coordinator through the real OIDC flow; the
 * coordinator's look appears in the resident's "who has seen my data"; profile validation; the
 * idle-timeout warning; security headers.
 */
class IdentityJourneyIT extends BrowserTest {

    @Test
    void coordinators_look_at_a_resident_shows_in_who_has_seen_my_data() {
        // The resident logs in once, so the service knows them
        open(page, "/my-page");
        Logins.asResident(page, "resident-anna-liisa");
        // other journeys of the run may have handled her plan already; this one is about a contact's handling
        int before = occurrences(page.locator("#who-has-seen").innerText(), "Yhteydenoton käsittely");

        try (BrowserContext staffContext = newContext("fi-FI", 1280, 900)) {
            Page staff = staffContext.newPage();
            open(staff, "/staff/clients");
            Logins.asStaff(staff, "koordinaattori");
            assertThat(path(staff)).isEqualTo("/staff/clients");
            assertAccessible(staff);
            staff.locator("#client-hetu input").fill("021164-9123");
            staff.locator("#client-search").click();
            // no purpose chosen: refused at the field, the typed code stays
            staff.locator("#client-purpose[invalid]").waitFor();
            assertThat(staff.locator("#client-hetu input").inputValue()).isEqualTo("021164-9123");
            staff.locator("#client-purpose").click();
            staff.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                    new Page.GetByRoleOptions().setName("Yhteydenoton käsittely")).click();
            staff.locator("#client-search").click();
            staff.locator("#client-card").waitFor();
            String card = staff.locator("#client-card").innerText();
            assertThat(card).contains("Anna-Liisa Korhonen").contains("021164-****").doesNotContain("9123");
            assertAccessible(staff);
            screenshot(staff, "staff-client-card");
        }

        open(page, "/my-page");
        String seen = page.locator("#who-has-seen").innerText();
        assertThat(seen).contains("Kaisa Lehtonen").contains("Työkykykoordinaattori");
        assertThat(occurrences(seen, "Yhteydenoton käsittely")).isGreaterThan(before);
        assertThat(page.locator(".tt-facts").innerText()).contains("021164-9123");
        assertAccessible(page);
        screenshot(page, "my-page-who-has-seen");
    }

    @Test
    void bad_contact_details_get_a_message_at_the_field_and_keep_what_was_typed() {
        open(page, "/my-page");
        Logins.asResident(page, "resident-leila");
        page.locator("#profile-email input").fill("leila(at)example");
        page.locator("#profile-phone input").fill("0401234567");
        page.locator("#profile-save").click();
        page.locator("#profile-email[invalid]").waitFor();
        assertThat(page.locator("#profile-email input").inputValue()).isEqualTo("leila(at)example");
        assertThat(page.locator("#profile-phone input").inputValue()).isEqualTo("0401234567");
        assertThat(page.locator("#profile-email").innerText()).contains("@");
        assertThat(page.locator("#profile-consent-error").innerText()).contains("lupa");
        assertAccessible(page);

        page.locator("#profile-email input").fill("leila@example.fi");
        page.locator("#profile-consent input").check();
        page.locator("#profile-save").click();
        page.locator(".tt-status:has-text('tallennettu')").waitFor();
        open(page, "/my-page");
        assertThat(page.locator("#profile-email input").inputValue()).isEqualTo("leila@example.fi");

        // the consent centre lists the notice consent given with the address, and withdraws it at once
        var inForce = page.locator("#consents .tt-consents__in-force");
        assertThat(inForce.innerText()).contains("Ilmoitukset sähköpostiin ja tekstiviestillä");
        assertAccessible(page);
        screenshot(page, "my-page-consents");
        inForce.locator("vaadin-button").click();
        page.locator("#consents [role=status]:has-text('peruttu')").waitFor();
        assertThat(page.locator("#consents .tt-consents__in-force").count()).isZero();
        assertThat(page.locator("#consents .tt-consents__withdrawn").innerText()).contains("Peruttu");
        open(page, "/my-page");
        assertThat(page.locator("#profile-consent input").isChecked()).isFalse();
        assertAccessible(page);
    }

    @Test
    void idle_warning_lets_the_user_continue_and_expiry_ends_the_session() {
        open(page, "/my-page");
        Logins.asResident(page, "resident-sanna");
        page.evaluate("window.__ttSession.warnNow()");
        assertThat(page.locator("dialog.tt-session-dialog h2").innerText())
                .isEqualTo("Istuntosi on päättymässä");
        assertThat((String) page.evaluate("document.activeElement.id")).isEqualTo("tt-session-continue");
        assertAccessible(page);
        page.keyboard().press("Enter");
        page.locator(".tt-session-timer[data-keepalives='1']").waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions().setState(
                        com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertThat((Boolean) page.evaluate("window.__ttSession.isWarning()")).isFalse();

        page.navigate(url("/session-expired"));
        waitForVaadin(page);
        assertThat(path(page)).isEqualTo("/login");
        assertThat(page.locator(".tt-alert").innerText()).contains("Istuntosi päättyi");
        open(page, "/my-page");
        assertThat(path(page)).isEqualTo("/login");
    }

    @Test
    void pages_carry_security_headers_and_are_not_cached() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/"))).build(), HttpResponse.BodyHandlers.ofString());
        var h = response.headers();
        assertThat(h.firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
                .contains("frame-ancestors 'none'").contains("default-src 'self'"));
        assertThat(h.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(h.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(h.firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(h.firstValue("X-Request-Id")).isPresent();
        assertThat(h.allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite"));
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
