package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** From a search to a service and back: the resident returns to the same search and filters. */
class ServiceMapNavigationIT extends BrowserTest {

    @Test
    void back_to_the_service_map_returns_to_the_same_search_and_filters() {
        open(page, "/services?q=velkaneuvontaan&domain=EVERYDAY");
        String summary = page.locator("#result-summary").innerText();
        page.locator("#results .tt-service-card h2 a").first().click();
        page.waitForURL(u -> u.matches(".*/services/\\d+\\?.*"));
        waitForVaadin(page);
        page.locator("a.tt-back").click();
        page.waitForURL(u -> u.contains("/services?"));
        waitForVaadin(page);
        assertThat(page.url()).contains("q=velkaneuvontaan").contains("domain=EVERYDAY");
        assertThat(page.locator("#service-search input").inputValue()).isEqualTo("velkaneuvontaan");
        assertThat(page.locator("#result-summary").innerText()).isEqualTo(summary);
    }

    @Test
    void a_service_opened_without_a_search_leads_back_to_the_whole_map() {
        open(page, "/services");
        page.locator("#results .tt-service-card h2 a").first().click();
        waitForVaadin(page);
        assertThat(page.locator("a.tt-back").getAttribute("href")).isEqualTo("/services");
    }
}
