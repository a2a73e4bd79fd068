package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;

/** A professional collects services for a client and downloads them as a PDF in the client's language. */
class ServiceListPdfIT extends BrowserTest {

    private void addFirstResult(String query) {
        open(page, "/services?q=" + query);
        page.locator("#results li a").first().click();
        page.waitForURL(u -> u.matches(".*/services/\\d+(\\?.*)?"));
        waitForVaadin(page);
        page.locator("#add-to-list").click();
        page.locator(".tt-actions .tt-status").waitFor();
    }

    @Test
    void a_coordinator_hands_over_a_swedish_pdf_of_two_services() throws Exception {
        open(page, "/staff/service-list");
        Logins.asStaff(page, "koordinaattori");
        assertThat(page.locator("#service-list li").count()).isZero();
        assertAccessible(page);

        addFirstResult("velkaneuvonta");
        addFirstResult("terveystarkastus");
        open(page, "/staff/service-list");
        assertThat(page.locator("#service-list li").count()).isEqualTo(2);
        assertAccessible(page);

        page.locator("#service-list-language").click();
        page.locator("vaadin-select-item:has-text('På svenska')").click();
        Download download = page.waitForDownload(() -> page.locator("#service-list-pdf").click());
        Path file = download.path();
        String pdf = pdfText(Files.readAllBytes(file));
        assertThat(pdf).contains("Tjänster som passar dig").contains("Hälsokontroll för arbetslösa")
                .contains("skuldrådgivning");
        assertThat(download.suggestedFilename()).isEqualTo("tjanstelista.pdf");
    }
}
