package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Switching identity brokers is configuration only: with the personal identity code claim renamed
 * to {@code personal_identity_code} (as OP's FTN broker names it), that claim logs a resident in and
 * the old name no longer does. The required assurance level (acr) is configured here too.
 */
@TestPropertySource(properties = {"tyollisyystalo.identity.resident.hetu-claim=personal_identity_code",
    "tyollisyystalo.identity.resident.required-acr=" + AlternativeClaimNameIT.LOA3})
class AlternativeClaimNameIT extends BrowserTest {

    static final String LOA3 = "http://ftn.ficora.fi/2017/loa3";

    private void loginWithClaims(String subject, String claimsJson) {
        open(page, "/my-page");
        page.locator("#login-resident").click();
        page.locator("details summary").click();
        page.locator("#username").fill(subject);
        page.locator("#claims").fill(claimsJson);
        page.locator("details button[type=submit]").click();
        page.waitForLoadState();
    }

    @Test
    void the_configured_claim_name_carries_the_personal_identity_code() {
        loginWithClaims("broker-user-1", "{\"personal_identity_code\":\"010203A918M\",\"given_name\":\"Veera\","
                + "\"family_name\":\"Välittäjä\",\"acr\":\"" + LOA3 + "\"}");
        waitForVaadin(page);
        assertThat(path(page)).isEqualTo("/my-page");
        assertThat(page.locator(".tt-facts").innerText()).contains("Veera Välittäjä").contains("010203A918M");
    }

    @Test
    void a_lower_assurance_level_than_required_is_refused() {
        loginWithClaims("broker-user-3", "{\"personal_identity_code\":\"010203A918M\",\"given_name\":\"Veera\","
                + "\"family_name\":\"V\",\"acr\":\"http://ftn.ficora.fi/2017/loa2\"}");
        waitForVaadin(page);
        assertThat(path(page)).isEqualTo("/login");
        assertThat(page.locator(".tt-alert").innerText()).contains("Kirjautuminen ei onnistunut");
    }

    @Test
    void a_token_without_the_configured_claim_is_refused_with_a_clear_message() {
        loginWithClaims("broker-user-2", "{\"hetu\":\"010203A918M\",\"given_name\":\"Veera\",\"family_name\":\"V\"}");
        waitForVaadin(page);
        assertThat(path(page)).isEqualTo("/login");
        assertThat(page.locator(".tt-alert").innerText()).contains("Kirjautuminen ei onnistunut");
    }
}
