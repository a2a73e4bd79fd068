package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The administrator's search index page: its state in words, the rebuild button, axe at both widths. */
class SearchIndexViewIT extends BrowserTest {

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void an_administrator_sees_the_search_engine_state_and_the_page_passes_axe(int width) {
        try (var c = newContext("fi-FI", width, 900)) {
            var p = c.newPage();
            open(p, "/staff/search-index");
            Logins.asStaff(p, "yllapitaja");
            assertThat(p.locator("h1").innerText()).isEqualTo(translation("fi", "searchindex.title"));
            assertThat(p.locator("main, .tt-page").first().innerText()).contains(translation("fi", "searchindex.rebuild"));
            assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            assertAccessible(p);
            screenshot(p, "search-index-" + width);
        }
    }
}
