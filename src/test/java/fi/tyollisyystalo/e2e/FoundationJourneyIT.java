package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** Issue "Foundation": the house in three languages, its routes, errors, keyboard use and axe. */
class FoundationJourneyIT extends BrowserTest {

    private static String text(String lang, String key) {
        return ResourceBundle.getBundle("i18n/translations", Locale.of(lang)).getString(key);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"fi-FI,1280", "fi-FI,390", "sv-FI,1280", "sv-FI,390", "en-GB,1280", "en-GB,390"})
    void home_page_speaks_the_browsers_language_and_passes_axe(String browserLocale, int width) {
        String lang = browserLocale.substring(0, 2);
        try (BrowserContext c = newContext(browserLocale, width, 900)) {
            Page p = c.newPage();
            open(p, "/");
            assertThat(p.locator("h1").innerText()).isEqualTo(text(lang, "home.hero.title"));
            assertThat(p.getAttribute("html", "lang")).isEqualTo(lang);
            assertThat(p.title()).startsWith("Työllisyystalo");
            assertThat(p.locator(".tt-card").count()).isEqualTo(5);
            assertThat(p.locator("footer").innerText()).contains(text(lang, "footer.accessibility"),
                    text(lang, "footer.privacy"));
            // nothing is wider than the screen
            assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            assertAccessible(p);
            screenshot(p, "home-" + lang + "-" + width);
        }
    }

    @Test
    void the_chosen_language_is_remembered_across_pages_and_visits() {
        open(page, "/accessibility");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("fi");
        page.locator(".tt-lang a[lang=sv]").click();
        page.waitForURL(url("/accessibility"));
        waitForVaadin(page);
        assertThat(page.getAttribute("html", "lang")).isEqualTo("sv");
        assertThat(page.locator("h1").innerText()).isEqualTo(
                ResourceBundle.getBundle("i18n/legal-translations", Locale.of("sv")).getString("legal.accessibility.title"));

        page.locator("footer a[href='/contact']").click();
        page.waitForURL(url("/contact"));
        assertThat(page.locator("h1").innerText()).isEqualTo(text("sv", "contact.title"));

        Page later = context.newPage();
        open(later, "/");
        assertThat(later.locator("h1").innerText()).isEqualTo(text("sv", "home.hero.title"));
        assertThat(later.getAttribute("html", "lang")).isEqualTo("sv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/accessibility", "/privacy", "/contact", "/login"})
    void every_public_route_renders_with_a_heading_and_passes_axe(String path) {
        Response response = page.navigate(url(path));
        waitForVaadin(page);
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("h1").innerText()).isNotBlank().doesNotContain("!");
        assertThat(page.locator("main#main-content").count()).isEqualTo(1);
        assertAccessible(page);
    }

    @Test
    void legal_pages_have_real_sections_with_the_organisation_filled_in() {
        open(page, "/privacy");
        assertThat(page.locator("main h2").count()).isGreaterThanOrEqualTo(6);
        assertThat(page.locator("main").innerText()).contains("Esimerkkialueen hyvinvointialue")
                .doesNotContain("{0}").doesNotContain("{1}");
        open(page, "/accessibility");
        assertThat(page.locator("main h2").count()).isGreaterThanOrEqualTo(5);
        assertThat(page.locator("main").innerText()).contains("saavutettavuus@example.fi");
    }

    @Test
    void an_unknown_address_gets_a_translated_not_found_page_with_status_404() {
        Response response = page.navigate(url("/no-such-room"));
        waitForVaadin(page);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").innerText()).isEqualTo(text("fi", "error.notfound.title"));
        assertAccessible(page);
    }

    @Test
    void a_bug_shows_an_apology_with_a_reference_and_never_a_stack_trace() {
        Response response = page.navigate(url("/test/fail"));
        waitForVaadin(page);
        assertThat(response.status()).isEqualTo(500);
        assertThat(page.locator("h1").innerText()).isEqualTo(text("fi", "error.internal.title"));
        assertThat(page.locator(".tt-error-reference span").last().innerText()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(page.content()).doesNotContain("SecretService").doesNotContain("IllegalStateException");
        assertAccessible(page);
    }

    @Test
    void a_database_outage_shows_service_unavailable_with_status_503() {
        Response response = page.navigate(url("/test/db-down"));
        waitForVaadin(page);
        assertThat(response.status()).isEqualTo(503);
        assertThat(page.locator("h1").innerText()).isEqualTo(text("fi", "error.unavailable.title"));
        assertThat(page.content()).doesNotContain("Connection refused").doesNotContain("EntityManager");
    }

    @Test
    void anonymous_visitor_is_sent_to_login_from_a_personal_page() {
        open(page, "/my-page");
        assertThat(path(page)).isEqualTo("/login");
        assertThat(page.locator("#login-resident").isVisible()).isTrue();
    }

    @Test
    void keyboard_user_can_skip_to_the_content() {
        open(page, "/contact");
        page.keyboard().press("Tab");
        assertThat((String) page.evaluate("document.activeElement.className")).contains("tt-skip-link");
        assertThat((Boolean) page.evaluate("getComputedStyle(document.activeElement).top !== '-64px'")).isTrue();
        page.keyboard().press("Enter");
        assertThat((String) page.evaluate("document.activeElement.id")).isEqualTo("main-content");
        assertThat(page.url()).endsWith("/contact");
    }
}
