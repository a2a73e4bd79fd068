package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * The shared hostile-input corpus ({@link HostileInput}) through every route parameter, query parameter
 * and text field of the foundation, service map and health check views: nothing runs, nothing answers
 * 500, and what was typed stays in the field. Features add their own fields in their journeys.
 */
class HostileInputIT extends BrowserTest {

    /** Route templates with a parameter; {@code {}} is where the hostile value goes. */
    private static final List<String> PUBLIC_ROUTES = List.of("/services/{}");
    private static final List<String> RESIDENT_ROUTES = List.of("/health-check/{}/step/background",
            "/health-check/1/step/{}", "/health-check/{}/check", "/health-check/result/{}", "/messages/{}",
            "/appointments/{}", "/appointments/offer/{}", "/follow-up/{}");
    private static final List<String> STAFF_ROUTES = List.of("/staff/services/{}", "/staff/health-checks/{}",
            "/staff/messages/{}", "/staff/appointments/{}", "/staff/cases/{}", "/staff/network/{}", "/staff/survey/{}");
    /** The service map's query parameters: the address bar holds the search. */
    private static final List<String> MAP_PARAMETERS = List.of("q", "domain", "municipality", "org", "target", "way",
            "free", "language");

    static Stream<Arguments> publicRoutes() {
        return PUBLIC_ROUTES.stream().flatMap(r -> HostileInput.forUrls().stream().map(v -> Arguments.of(r, v)));
    }

    static Stream<Arguments> mapParameters() {
        return MAP_PARAMETERS.stream().flatMap(p -> (p.equals("q") ? HostileInput.forUrls() : HostileInput.breakouts())
                .stream().map(v -> Arguments.of(p, v)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("publicRoutes")
    @SharedPage
    void a_hostile_route_parameter_gives_the_translated_not_found(String route, HostileInput.Value value) {
        HostileInput.Watch watch = HostileInput.watch(page);
        Response response = page.navigate(url(route.replace("{}", value.encoded())));
        assertThat(response.status()).as("status").isIn(400, 404);
        if (response.status() == 404) {
            waitForVaadin(page);
            assertThat(page.locator("h1").innerText()).isEqualTo(translation("fi", "error.notfound.title"));
        }
        watch.assertNothingRan();
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("mapParameters")
    @SharedPage
    void a_hostile_search_in_the_address_is_shown_as_text_and_never_runs(String parameter, HostileInput.Value value) {
        HostileInput.Watch watch = HostileInput.watch(page);
        Response response = page.navigate(url("/services?" + parameter + "=" + value.encoded()));
        if (value.text().length() > 8_000) {
            assertThat(response.status()).as("over Tomcat's header limit").isEqualTo(400);
            watch.assertNothingRan();
            return;
        }
        assertThat(response.status()).isEqualTo(200);
        waitForVaadin(page);
        if (parameter.equals("q") && value.text().length() <= 200) {
            assertThat(page.locator("#service-search input").inputValue()).isEqualTo(value.text());
        }
        assertThat(page.locator("#result-summary").innerText()).isNotBlank();
        watch.assertNothingRan();
    }

    @Test
    void every_value_typed_into_the_service_search_stays_and_never_runs() {
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/services");
        for (HostileInput.Value value : HostileInput.VALUES) {
            Locator box = page.locator("#service-search input");
            box.fill(value.text());
            box.press("Enter");
            waitForVaadin(page);
            String expected = value.text().substring(0, Math.min(200, value.text().length()));
            assertThat(box.inputValue()).as(value.name()).isEqualTo(expected);
            assertThat(page.locator("#result-summary").innerText()).as(value.name()).isNotBlank();
            watch.assertNothingRan();
        }
        // the shared address holds the search and opens the same page again
        Page again = context.newPage();
        HostileInput.Watch second = HostileInput.watch(again);
        again.navigate(page.url());
        waitForVaadin(again);
        second.assertNothingRan();
    }

    @Test
    void a_resident_with_hostile_addresses_and_profile_values_sees_messages_not_script() {
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/my-page");
        Logins.asResident(page, "resident-mikko");
        for (String route : RESIDENT_ROUTES) {
            // every value through one route, one of each kind through the others: they share RouteIds
            for (HostileInput.Value value : route.endsWith("/check") ? HostileInput.forUrls() : HostileInput.breakouts()) {
                Response response = page.navigate(url(route.replace("{}", value.encoded())));
                assertThat(response.status()).as(route + " " + value.name()).isIn(400, 404);
                watch.assertNothingRan();
            }
        }
        open(page, "/my-page");
        for (HostileInput.Value value : HostileInput.VALUES) {
            fillKeepingWithinLimit(page, "#profile-email input", value.text(), 254);
            fillKeepingWithinLimit(page, "#profile-phone input", value.text(), 40);
            page.locator("#profile-save").click();
            waitForVaadin(page);
            assertThat(page.locator("#profile-email").getAttribute("invalid")).as(value.name()).isNotNull();
            assertThat(page.locator("vaadin-notification-card[theme~=error]").count()).isZero();
            watch.assertNothingRan();
        }
    }

    @Test
    void staff_with_hostile_addresses_and_search_values_see_messages_not_script() {
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/staff");
        Logins.asStaff(page, "yllapitaja");
        for (String route : STAFF_ROUTES) {
            for (HostileInput.Value value : HostileInput.breakouts()) {
                Response response = page.navigate(url(route.replace("{}", value.encoded())));
                assertThat(response.status()).as(route + " " + value.name()).isIn(400, 403, 404);
                watch.assertNothingRan();
            }
        }
        open(page, "/staff/audit");
        for (HostileInput.Value value : HostileInput.VALUES) {
            fillKeepingWithinLimit(page, "#audit-staff input", value.text(), 100);
            page.locator("#audit-search").click();
            waitForVaadin(page);
            assertThat(page.locator("vaadin-notification-card[theme~=error]").count()).as(value.name()).isZero();
            watch.assertNothingRan();
        }
    }

    @Test
    void a_coordinator_searching_a_client_with_hostile_values_gets_the_field_message() {
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/staff/clients");
        Logins.asStaff(page, "koordinaattori");
        for (HostileInput.Value value : HostileInput.VALUES) {
            fillKeepingWithinLimit(page, "#client-hetu input", value.text(), 11);
            page.locator("#client-search").click();
            waitForVaadin(page);
            assertThat(page.locator("#client-hetu").getAttribute("invalid")).as(value.name()).isNotNull();
            watch.assertNothingRan();
        }
    }

    /** Fills a field and checks that what the browser let the person type is what the field holds. */
    private static void fillKeepingWithinLimit(Page page, String selector, String text, int maxLength) {
        Locator input = page.locator(selector);
        input.fill(text);
        String kept = input.inputValue();
        if (text.length() <= maxLength) {
            assertThat(kept).isEqualTo(text);
        } else {
            // the browser stops at the field's limit, which the person sees while typing; it never splits
            // an emoji (a surrogate pair or a joined family), so a few code units less is fine
            assertThat(text).startsWith(kept);
            assertThat(kept.length()).isBetween(maxLength - 8, maxLength);
        }
    }
}
