package fi.tyollisyystalo.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Typing into a health check question as a person does: fill, leave the field, let the lazy save run. */
final class HealthCheckFields {

    private HealthCheckFields() {
    }

    static void type(Page page, String questionId, String value) {
        Locator input = page.locator("#q-" + questionId + " input");
        input.fill(value);
        input.blur();
        page.waitForTimeout(900);
        BrowserTest.waitForVaadin(page);
    }
}
