package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A resident answers the health check while the database is down for a while: the page says that
 * saving is waiting (a polite status, not an error), keeps every answer, retries by itself and says
 * "Tallennettu klo …" once the database is back; the answers are then in the database. The fields
 * of the page take the hostile-input corpus without running anything or losing what was typed.
 */
class HealthCheckAnsweringIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    private long startAndOpenBodyPage(HostileInput.Watch watch) {
        open(page, "/health-check");
        page.locator("#hc-start").click();
        Logins.asResident(page, "resident-anna-liisa");
        // a second test resumes the same draft through /health-check/continue
        page.waitForURL(u -> u.contains("/step/"));
        Matcher m = Pattern.compile("/health-check/([0-9]+)/step/").matcher(page.url());
        assertThat(m.find()).as(page.url()).isTrue();
        long id = Long.parseLong(m.group(1));
        open(page, "/health-check/" + id + "/step/body");
        watch.assertNothingRan();
        return id;
    }

    private void type(String id, String value) {
        HealthCheckFields.type(page, id, value);
    }

    private String stored(long id, String question) {
        return jdbc.query("select answer_value from health_check_answer where health_check_id = ? and question_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, id, question);
    }

    @Test
    void answers_given_during_a_database_outage_wait_on_the_page_and_are_saved_when_it_returns() {
        HostileInput.Watch watch = HostileInput.watch(page);
        long id = startAndOpenBodyPage(watch);
        Locator status = page.locator("#hc-saved");
        assertThat(status.getAttribute("role")).isEqualTo("status");
        try {
            DatabaseOutage.start();
            type("height", "172");
            assertThat(status.innerText()).startsWith("Tallennus odottaa");
            type("weight", "70");
            page.waitForTimeout(4_000); // a retry or two while the database is still down
            assertThat(status.innerText()).startsWith("Tallennus odottaa");
            assertThat(page.locator("#q-height input").inputValue()).isEqualTo("172");
            assertThat(page.locator("#q-weight input").inputValue()).isEqualTo("70");
            assertAccessible(page);
            screenshot(page, "hc-saving-pending");
        } finally {
            DatabaseOutage.end();
        }
        page.waitForFunction("() => document.querySelector('#hc-saved').innerText.startsWith('Tallennettu klo')", null,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
        assertThat(stored(id, "height")).isEqualTo("172");
        assertThat(stored(id, "weight")).isEqualTo("70");
        assertThat(page.locator("#hc-saved").getAttribute("class")).doesNotContain("pending");
        watch.assertNothingRan();
    }

    @Test
    void a_corrected_number_loses_its_error_at_once_and_decimals_get_the_whole_number_message() {
        HostileInput.Watch watch = HostileInput.watch(page);
        startAndOpenBodyPage(watch);
        type("height", "175,5");
        assertThat(page.locator("#q-height").innerText()).contains("kokonaisluku");
        type("height", "300");
        assertThat(page.locator("#q-height").innerText()).contains("80–250 cm");
        type("height", "175");
        assertThat(page.locator("#q-height").innerText()).doesNotContain("80–250 cm").doesNotContain("kokonaisluku");
        assertThat(page.locator("#q-height").getAttribute("invalid")).isNull();
        assertThat(page.locator("#q-height input").getAttribute("aria-invalid")).isNotEqualTo("true");
        watch.assertNothingRan();
    }

    @Test
    void a_radio_button_reached_by_keyboard_has_the_same_focus_ring_as_links_and_buttons() {
        HostileInput.Watch watch = HostileInput.watch(page);
        startAndOpenBodyPage(watch);
        page.locator("#q-weight input").focus();
        for (int i = 0; i < 10 && !(Boolean) page.evaluate(
                "() => document.activeElement?.closest('vaadin-radio-button, vaadin-radio-group') != null"); i++) {
            page.keyboard().press("Tab");
        }
        Object ring = page.evaluate("""
                () => {
                  const button = document.querySelector('vaadin-radio-button[focus-ring]');
                  if (!button) return null;
                  const style = getComputedStyle(button.shadowRoot.querySelector('[part~="radio"]'));
                  return style.outlineStyle + ' ' + style.outlineWidth;
                }""");
        assertThat(ring).as("the focused radio's ring").isEqualTo("solid 3px");
        watch.assertNothingRan();
    }

    @Test
    void check_answers_warns_next_to_an_out_of_range_value() {
        HostileInput.Watch watch = HostileInput.watch(page);
        long id = startAndOpenBodyPage(watch);
        type("weight", "70");
        type("height", "300");
        open(page, "/health-check/" + id + "/check");
        assertThat(page.locator("#hc-warning-height").innerText()).startsWith("Tarkista tämä vastaus:")
                .contains("80–250 cm");
        assertThat(page.locator("#hc-warning-weight").count()).isZero();
        assertAccessible(page);
        watch.assertNothingRan();
    }

    @Test
    void the_number_fields_and_the_step_address_take_hostile_input() {
        HostileInput.Watch watch = HostileInput.watch(page);
        long id = startAndOpenBodyPage(watch);
        for (HostileInput.Value v : HostileInput.VALUES) {
            page.locator("#q-weight input").fill(v.text());
            page.locator("#q-weight input").blur();
            page.waitForTimeout(900);
            waitForVaadin(page);
            assertThat(page.locator("#q-weight input").inputValue()).as(v.name()).isEqualTo(v.text());
            assertThat(page.locator("#q-weight").innerText()).as(v.name()).contains("Kirjoita luku");
            watch.assertNothingRan();
        }
        for (HostileInput.Value v : HostileInput.forUrls()) {
            var response = page.navigate(url("/health-check/" + id + "/step/" + v.encoded()));
            assertThat(response.status()).as(v.name()).isLessThan(500);
            page.waitForLoadState();
            // the server may refuse an address outright (400) before any view: then there is no Vaadin to wait for
            if ((Boolean) page.evaluate("() => window.Vaadin !== undefined && window.Vaadin.Flow !== undefined")) {
                waitForVaadin(page);
            }
            watch.assertNothingRan();
        }
    }
}
