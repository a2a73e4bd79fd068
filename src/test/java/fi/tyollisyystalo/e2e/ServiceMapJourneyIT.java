package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** Journey 1, "Browse the house": find a service by domain, municipality and own words; open it; share it. */
class ServiceMapJourneyIT extends BrowserTest {

    @Test
    void a_resident_finds_mental_health_services_in_lappeenranta_and_opens_one() {
        open(page, "/");
        assertThat(page.locator(".tt-firstpaint").count()).as("the first paint is gone once the view is there")
                .isZero();
        assertThat(page.locator("h1").count()).isEqualTo(1);
        page.locator(".tt-card--servicemap a").click();
        page.waitForURL(url("/services"));
        waitForVaadin(page);
        assertAccessible(page);

        page.locator("#filter-domains label:has-text('Mieli')").click();
        page.waitForURL(u -> u.contains("domain=MIND"));
        page.locator("#more-filters").click();
        page.locator("#filter-municipalities vaadin-checkbox:has-text('Lappeenranta') input").click();
        page.waitForURL(u -> u.contains("municipality=405"));
        page.locator("#service-search input").fill("mielenterveyspalveluihin");
        page.locator("#service-search input").press("Enter");
        page.waitForURL(u -> u.contains("q=mielenterveyspalveluihin"));
        page.locator("#results li a:has-text('Mielenterveys- ja päihdepalvelut')").first().waitFor();
        assertThat(page.locator("#result-summary").innerText()).startsWith("Löytyi");
        assertThat(page.locator("#filter-domains input[value=MIND]").isChecked()).isTrue();
        assertThat(page.locator("#filter-domains input:checked").count()).isEqualTo(1);
        assertAccessible(page);
        screenshot(page, "servicemap-search-fi");

        // the search is in the address: a shared link opens the same list
        String shared = page.url();
        Page other = context.newPage();
        other.navigate(shared);
        waitForVaadin(other);
        assertThat(other.locator("#service-search input").inputValue()).isEqualTo("mielenterveyspalveluihin");
        assertThat(other.locator("#results li").first().innerText()).isNotBlank();

        page.locator("#results li a:has-text('Mielenterveys- ja päihdepalvelut')").first().click();
        page.waitForURL(u -> u.contains("/services/"));
        waitForVaadin(page);
        assertThat(page.locator("h1").innerText()).isEqualTo("Mielenterveys- ja päihdepalvelut");
        assertThat(page.locator("#channels .tt-channel").count()).isPositive();
        assertThat(page.locator("#internal").count()).as("internal fields are for professionals only").isZero();
        assertAccessible(page);
        screenshot(page, "servicemap-service-fi");
        page.locator("#share").click();
        page.locator(".tt-actions .tt-status:has-text('kopioitu')").waitFor();
    }

    @Test
    void show_more_moves_the_keyboard_to_the_first_new_service_and_says_how_many_are_shown() {
        open(page, "/services");
        assertThat(page.locator(".tt-firstpaint").count()).as("the first paint is gone once the view is there")
                .isZero();
        assertThat(page.locator("h1").count()).isEqualTo(1);
        assertThat(page.locator("#results > li").count()).isEqualTo(20);
        page.locator("#more-results").focus();
        page.keyboard().press("Enter");
        page.locator("#results > li:nth-child(21)").waitFor();
        waitForVaadin(page);
        int shown = page.locator("#results > li").count();
        assertThat(shown).isGreaterThan(20);
        assertThat((Boolean) page.evaluate("() => document.querySelector('#results > li:nth-child(21)')"
                + ".contains(document.activeElement) && document.activeElement.tagName === 'A'"))
                .as("focus on %s", page.evaluate("() => document.activeElement.outerHTML.substring(0, 200)")).isTrue();
        assertThat(page.locator("#result-summary").getAttribute("role")).isEqualTo("status");
        assertThat(page.locator("#result-summary").innerText()).endsWith("Näytetään " + shown + ".");
        assertAccessible(page);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "sv-FI|hälsokontrollen|Hälsokontroll för arbetslösa|Servicekarta",
        "en-GB|debt advice|debt|Service map",
        "fi-FI|terveystarkastukseen|Työttömien terveystarkastus|Palvelukartta"})
    void search_works_in_the_visitors_language(String browserLocale, String query, String expected, String title) {
        try (BrowserContext c = newContext(browserLocale, 390, 900)) {
            Page p = c.newPage();
            open(p, "/services");
            assertThat(p.locator("h1").innerText()).isEqualTo(title);
            p.locator("#service-search input").fill(query);
            p.locator("#service-search-button").click();
            p.waitForURL(u -> u.contains("q="));
            p.locator("#results li:has-text('" + expected + "')").first().waitFor();
            assertThat(p.locator("#results li").first().innerText().toLowerCase()).contains(expected.toLowerCase());
            assertAccessible(p);
            screenshot(p, "servicemap-" + browserLocale + "-390");
        }
    }

    @Test
    void a_professional_sees_how_to_refer_a_client() {
        open(page, "/staff");
        Logins.asStaff(page, "sosiaaliohjaaja");
        open(page, "/services?q=terveystarkastus");
        page.locator("#results li a").first().click();
        page.waitForURL(u -> u.contains("/services/"));
        waitForVaadin(page);
        // not every service has internal notes: find one that does through the list
        open(page, "/services");
        int n = page.locator("#results li a").count();
        boolean seen = false;
        for (int i = 0; i < n && !seen; i++) {
            open(page, "/services");
            page.locator("#results li a").nth(i).click();
            page.waitForURL(u -> u.contains("/services/"));
            waitForVaadin(page);
            seen = page.locator("#internal").count() > 0;
        }
        assertThat(seen).as("some service of the first page shows internal referral instructions").isTrue();
        assertAccessible(page);
    }

    @Test
    void an_unknown_service_is_not_found() {
        var response = page.navigate(url("/services/987654321"));
        waitForVaadin(page);
        assertThat(response.status()).isEqualTo(404);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * A service page's first paint shows what its view has just read in the same request (issue #14: one read of the
     * service, servicemap/ui/ServiceHandoff), and nothing is kept beyond it: a changed service is shown changed by
     * both at the next load.
     */
    @Test
    void a_service_page_and_its_first_paint_show_the_service_as_it_is_now() {
        long id = jdbc.queryForObject("select max(id) from service where status = 'PUBLISHED'", Long.class);
        String name = jdbc.queryForObject("select name_fi from service where id = ?", String.class, id);
        try {
            for (String shown : java.util.List.of(name, name + " (uusi nimi)")) {
                jdbc.update("update service set name_fi = ? where id = ?", shown, id);
                com.microsoft.playwright.Response response = page.navigate(url("/services/" + id));
                assertThat(org.jsoup.Jsoup.parse(response.text()).select(".tt-firstpaint h1").text()).isEqualTo(shown);
                waitForVaadin(page);
                assertThat(page.locator("h1").innerText()).isEqualTo(shown);
            }
        } finally {
            jdbc.update("update service set name_fi = ? where id = ?", name, id);
        }
    }
}
