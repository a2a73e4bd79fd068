package fi.tyollisyystalo.e2e;

import com.microsoft.playwright.Page;

/** Logging in through the real redirect flow: our login page, the dev identity provider, back again. */
final class Logins {

    private Logins() {
    }

    /** From any page that requires login: choose resident identification and pick the demo person. */
    static void asResident(Page page, String subject) {
        page.locator("#login-resident").click();
        page.locator("button[data-username='" + subject + "']").click();
        BrowserTest.waitForVaadin(page);
    }

    static void asStaff(Page page, String username) {
        page.locator("#login-staff").click();
        page.locator("button[data-username='" + username + "']").click();
        BrowserTest.waitForVaadin(page);
    }
}
