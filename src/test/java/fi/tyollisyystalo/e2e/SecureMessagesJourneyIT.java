package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import fi.tyollisyystalo.messaging.AttachmentFilterTestImages;

/**
 * Secure messages in the browser: a resident writes (hostile values, a message over the limit, emoji and
 * right-to-left text), the coordinator reads and answers with a file, the resident sees "waiting for your
 * answer" and reads it; axe at 1280 and 390 px. Kept to one journey: CI time is short.
 */
class SecureMessagesJourneyIT extends BrowserTest {

    private static final String SUBJECT = HostileInput.VALUES.getFirst().text();
    private static final String BODY = HostileInput.VALUES.stream().filter(v -> v.text().length() < 1_000)
            .map(HostileInput.Value::text).collect(Collectors.joining("\n"))
            + "\nHei 😀 👨‍👩‍👧 שלום عليكم";

    @Test
    void resident_writes_coordinator_answers_with_a_file_resident_reads_the_answer() {
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/messages");
        Logins.asResident(page, "resident-sanna");
        assertThat(page.locator("h1").innerText()).isEqualTo(translation("fi", "messages.title"));

        // a subject far over its limit, and a message one character over 10 000: told at the field, kept
        type(page, "#new-message-subject input", HostileInput.HUNDRED_THOUSAND);
        String tooLong = "x".repeat(10_001);
        type(page, "#new-message-body textarea", tooLong);
        page.locator("#new-message-send").click();
        waitForVaadin(page);
        assertThat(page.locator("#new-message-body").evaluate("e => e.invalid")).isEqualTo(true);
        assertThat(page.locator("#new-message-body").evaluate("e => e.errorMessage"))
                .isEqualTo(translation("fi", "messages.error.body.too_long"));
        assertThat(page.locator("#new-message-body textarea").inputValue()).hasSize(10_001);
        // Send right after the last keystroke: the click never overtakes the text
        page.locator("#new-message-body textarea").fill(BODY);
        page.locator("#new-message-send").click();
        waitForVaadin(page);
        assertThat(page.locator("#new-message-subject").evaluate("e => e.invalid")).isEqualTo(true);
        assertThat((String) page.locator("#new-message-subject").evaluate("e => e.errorMessage"))
                .startsWith(translation("fi", "messages.error.subject.too_long").substring(0, 20));
        assertThat(page.locator("#new-message-subject input").inputValue()).hasSize(100_000);
        assertAccessible(page);

        type(page, "#new-message-subject input", SUBJECT);
        page.locator("#new-message-send").click();
        page.waitForURL("**/messages/*");
        waitForVaadin(page);
        long threadId = Long.parseLong(path(page).substring("/messages/".length()));
        assertThat(page.locator("h1").innerText()).isEqualTo(SUBJECT);
        assertThat(page.locator(".tt-msg__body").first().innerText()).isEqualTo(BODY);
        assertThat(page.locator("#thread-state").innerText()).isEqualTo(translation("fi", "messages.state.team.long"));
        watch.assertNothingRan();

        try (var staffContext = newContext("fi-FI", 1280, 900)) {
            Page staff = staffContext.newPage();
            HostileInput.Watch staffWatch = HostileInput.watch(staff);
            open(staff, "/staff/messages");
            Logins.asStaff(staff, "koordinaattori");
            var item = staff.locator("[data-thread='" + threadId + "']");
            assertThat(item.innerText()).contains("Sanna").contains(translation("fi", "messages.state.team"))
                    .contains(translation("fi", "messages.unread"));
            assertAccessible(staff);
            item.locator("a").click();
            staff.waitForURL("**/staff/messages/" + threadId);
            waitForVaadin(staff);
            assertThat(staff.locator(".tt-msg__body").first().innerText()).isEqualTo(BODY);

            // a 30 MB file is refused at the field, and the reply typed so far stays
            var fileInput = staff.locator("#reply-upload input[type=file]");
            staff.locator("#reply-body textarea").fill("Liitteenä iso tiedosto.");
            java.nio.file.Path big = java.nio.file.Paths.get("target", "iso.pdf");
            try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
                file.setLength(30L * 1024 * 1024);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            fileInput.setInputFiles(big);
            staff.locator("#reply-file-error").getByText(translation("fi", "messages.error.attachment.too_large")
                    .replace("{0}", "10")).waitFor();
            assertThat(staff.locator("#reply-body textarea").inputValue()).isEqualTo("Liitteenä iso tiedosto.");
            assertThat(staff.locator("#reply-files li").count()).isZero();

            // an SVG is refused at the field; a PNG named .pdf is taken as the PNG it is
            fileInput.setInputFiles(new FilePayload("kuva.svg", "image/svg+xml",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)));
            staff.locator("#reply-file-error").getByText(translation("fi", "messages.error.attachment.type")).waitFor();
            fileInput.setInputFiles(new FilePayload("lausunto.pdf", "application/pdf", AttachmentFilterTestImages.png()));
            staff.locator("#reply-files li").waitFor();
            assertThat(staff.locator("#reply-files").innerText()).contains("lausunto.png");
            staff.locator("#reply-body textarea").fill("Kiitos viestistä! Soitan sinulle huomenna. 😀");
            staff.locator("#reply-send").click();
            waitForVaadin(staff);
            staff.locator(".tt-msg--team").waitFor();
            assertThat(staff.locator("#thread-state").innerText())
                    .isEqualTo(translation("fi", "messages.state.resident.staff"));
            var file = staff.locator("[data-attachment]");
            assertThat(file.innerText()).startsWith("lausunto.png");
            APIResponse download = staff.request().get(url(file.getAttribute("href").startsWith("/")
                    ? file.getAttribute("href") : "/" + file.getAttribute("href")));
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.headers().get("content-disposition"))
                    .isEqualTo("attachment; filename=\"lausunto.png\"; filename*=UTF-8''lausunto.png");
            assertThat(download.headers().get("x-content-type-options")).isEqualTo("nosniff");
            assertThat(download.headers().get("content-type")).startsWith("image/png");
            assertAccessible(staff);
            staffWatch.assertNothingRan();
        }

        // the resident sees whose turn it is, reads the answer, and a draft saves itself
        page.setViewportSize(390, 900);
        open(page, "/messages");
        var mine = page.locator("[data-thread='" + threadId + "']");
        assertThat(mine.innerText()).contains(translation("fi", "messages.state.you"))
                .contains(translation("fi", "messages.unread"));
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertAccessible(page);
        mine.locator("a").click();
        page.waitForURL("**/messages/" + threadId);
        waitForVaadin(page);
        assertThat(page.locator("#thread-state").innerText()).isEqualTo(translation("fi", "messages.state.you.long"));
        assertThat(page.locator(".tt-msg--team .tt-msg__body").innerText())
                .isEqualTo("Kiitos viestistä! Soitan sinulle huomenna. 😀");
        page.locator("#reply-body textarea").fill("Huomenna sopii hyvin, \u05E9\u05DC\u05D5\u05DD.");
        page.locator("#reply-draft-status").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Luonnos tallennettu klo")).waitFor();
        assertAccessible(page);
        screenshot(page, "secure-messages-thread-390");
        open(page, "/messages");
        assertThat(page.locator("[data-thread='" + threadId + "']").innerText())
                .doesNotContain(translation("fi", "messages.unread"));
        watch.assertNothingRan();
    }

    /** Types as a person does: fill, leave the field, and let the lazy sending of the text run. */
    private static void type(Page p, String selector, String value) {
        p.locator(selector).fill(value);
        p.locator(selector).blur();
        p.waitForTimeout(900);
        waitForVaadin(p);
    }
}
