package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Residents and staff log in through the dev identity provider's real OIDC redirect flow, and out again. */
class LoginJourneyIT extends BrowserTest {

    @Test
    void resident_logs_in_with_strong_identification_and_lands_on_my_page() {
        open(page, "/my-page");
        assertThat(path(page)).isEqualTo("/login");
        Logins.asResident(page, "resident-mikko");
        assertThat(path(page)).isEqualTo("/my-page");
        assertThat(page.locator("main").innerText()).contains("Mikko Virtanen");
        assertThat(page.locator(".tt-account__name").innerText()).isEqualTo("Mikko Virtanen");
        assertAccessible(page);

        java.util.List<String> visited = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(r -> visited.add(r.url()));
        page.locator("#logout").click();
        page.waitForURL(u -> !u.contains("/my-page"));
        // RP-initiated logout: the identity provider's session ends too
        assertThat(visited).anyMatch(u -> u.contains("/suomifi/endsession"));
        open(page, "/my-page");
        assertThat(path(page)).isEqualTo("/login");
    }

    @ParameterizedTest
    @CsvSource({"koordinaattori,COORDINATOR", "hoitaja,NURSE", "laakari,DOCTOR", "sosiaaliohjaaja,SOCIAL_COUNSELLOR",
        "editori,SERVICE_EDITOR", "esihenkilo,MANAGER", "yllapitaja,ADMIN", "ammattilainen,PROFESSIONAL",
        "koordinaattori2,COORDINATOR"})
    void each_staff_role_logs_in_to_the_staff_desk(String username, String role) {
        open(page, "/staff");
        Logins.asStaff(page, username);
        assertThat(path(page)).isEqualTo("/staff");
        String roleName = java.util.ResourceBundle.getBundle("i18n/translations", java.util.Locale.of("fi"))
                .getString("role." + role);
        assertThat(page.locator(".tt-staff__role").innerText()).contains(roleName);
        assertAccessible(page);
        page.locator("#logout").click();
        page.waitForURL(u -> !u.contains("/staff"));
        open(page, "/staff");
        assertThat(path(page)).isEqualTo("/login");
    }

    @Test
    void logging_in_from_the_front_page_lands_residents_on_my_page_and_staff_at_the_desk() {
        open(page, "/");
        page.locator("a[href='/login']").first().click();
        waitForVaadin(page);
        Logins.asResident(page, "resident-anna-liisa");
        assertThat(path(page)).isEqualTo("/my-page");

        try (var staffContext = newContext("fi-FI", 1280, 900)) {
            var staff = staffContext.newPage();
            open(staff, "/login");
            Logins.asStaff(staff, "koordinaattori");
            assertThat(path(staff)).isEqualTo("/staff");
        }
    }

    @Test
    void a_resident_cannot_open_the_staff_desk() {
        open(page, "/my-page");
        Logins.asResident(page, "resident-elias");
        open(page, "/staff");
        assertThat(page.locator("h1").innerText()).isNotEqualTo("Hei, Elias Lindqvist");
        assertThat(page.locator(".tt-staff__role").count()).isZero();
    }
}
