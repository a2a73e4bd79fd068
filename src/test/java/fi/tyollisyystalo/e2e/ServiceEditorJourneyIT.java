package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/** Journey 9 (part): an editor creates, publishes and unpublishes a service; search follows at once. */
class ServiceEditorJourneyIT extends BrowserTest {

    private int hits(Page p, String query) {
        open(p, "/services?q=" + query);
        p.locator("#result-summary").waitFor();
        return p.locator("#results li").count();
    }

    @Test
    void an_editor_publishes_a_new_service_and_search_shows_it_at_once() {
        open(page, "/staff/services");
        Logins.asStaff(page, "editori");
        assertThat(path(page)).isEqualTo("/staff/services");
        assertAccessible(page);
        page.locator("#editor-new").click();
        page.waitForURL(u -> u.contains("/staff/services/new"));
        waitForVaadin(page);

        // missing Finnish name and domain: messages at the fields, typed text kept
        page.locator("#editor-organisation").click();
        page.locator("vaadin-select-item").first().click();
        page.locator("#editor-summary-fi textarea").fill("Kokeiluryhmä, jossa harjoitellaan arjen taitoja yhdessä.");
        page.locator("#editor-save").click();
        page.locator("#editor-name-fi[invalid]").waitFor();
        assertThat(page.locator("#editor-domains").getAttribute("invalid")).isNotNull();
        assertThat(page.locator("#editor-summary-fi textarea").inputValue()).startsWith("Kokeiluryhmä");
        assertAccessible(page);

        page.locator("#editor-name-fi input").fill("Arjen taitojen kokeiluryhmä Sateenkaari");
        page.locator("#editor-name-sv input").fill("Försöksgrupp för vardagsfärdigheter Regnbågen");
        page.locator("#editor-keywords-fi textarea").fill("ompelu, yhdessä tekeminen");
        page.locator("#editor-domains vaadin-checkbox:has-text('Arki') input").click();
        page.locator("#editor-save").click();
        page.locator("#editor-status:has-text('Tallennettu')").waitFor();
        assertThat(page.locator("#editor-history li").count()).isEqualTo(1);
        String editorUrl = page.url();

        // a draft is not public
        Page visitor = browser.newPage();
        assertThat(hits(visitor, "sateenkaari")).isZero();

        page.locator("#editor-publish").click();
        page.locator("#editor-status:has-text('Julkaistu')").waitFor();
        assertThat(hits(visitor, "sateenkaari")).isEqualTo(1);
        assertThat(hits(visitor, "sateenkaaren")).as("inflected form").isEqualTo(1);
        assertThat(hits(visitor, "ompelua")).as("a keyword").isEqualTo(1);

        page.navigate(editorUrl);
        waitForVaadin(page);
        page.locator("#editor-unpublish").click();
        page.locator("#editor-status:has-text('Julkaisu poistettu')").waitFor();
        assertThat(hits(visitor, "sateenkaari")).isZero();
        assertThat(page.locator("#editor-history li").count()).isEqualTo(3);
        visitor.close();
    }

    @Test
    void an_editor_adds_a_provider_and_a_bad_web_address_is_refused_at_the_field() {
        open(page, "/staff/organisations");
        Logins.asStaff(page, "editori");
        assertThat(path(page)).isEqualTo("/staff/organisations");
        page.locator("#org-name-fi input").fill("Kuutamon kuntoutusyhdistys");
        page.locator("#org-website input").fill("kuutamo.example");
        page.locator("#org-save").click();
        page.locator("#org-website[invalid]").waitFor();
        assertThat(page.locator("#org-name-fi input").inputValue()).isEqualTo("Kuutamon kuntoutusyhdistys");
        assertAccessible(page);
        page.locator("#org-website input").fill("https://kuutamo.example.fi");
        page.locator("#org-save").click();
        page.locator("#org-status:has-text('Tallennettu')").waitFor();
        assertThat(page.locator("vaadin-grid-cell-content:has-text('Kuutamon kuntoutusyhdistys')").count()).isPositive();
    }

    @Test
    void an_editor_imports_a_ptv_export_and_sees_what_happened_to_each_service() {
        open(page, "/staff/ptv-import");
        Logins.asStaff(page, "editori");
        assertThat(path(page)).isEqualTo("/staff/ptv-import");
        assertAccessible(page);
        page.setInputFiles("#ptv-upload input[type=file]", new java.nio.file.Path[] {
            java.nio.file.Paths.get("src/test/resources/ptv/services-page-1.json"),
            java.nio.file.Paths.get("src/test/resources/ptv/services-page-2.json"),
            java.nio.file.Paths.get("src/test/resources/ptv/channels.json")});
        page.locator("p[role=status]:has-text('3')").waitFor();
        page.locator("#ptv-run").click();
        page.locator("#ptv-report h2").waitFor();
        String report = page.locator("#ptv-report").innerText();
        assertThat(report).containsPattern("Uusia \\d+, päivitettyjä \\d+, muuttumattomia \\d+, ohitettuja [1-9]");
        assertThat(report).contains("alueen ulkopuolella");
        assertAccessible(page);
    }
}
