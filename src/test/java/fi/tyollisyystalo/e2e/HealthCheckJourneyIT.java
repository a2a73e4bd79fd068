package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * PRODUCT.md journey 2 in a real browser: start, answer part, close the browser, log in again and
 * resume, wrong answers explained at the field without losing them, check answers and change one,
 * submit, the result and its PDF read back, share with the team; the coordinator opens it, and the
 * resident sees that in "who has seen my data". axe runs on every kind of page.
 */
class HealthCheckJourneyIT extends BrowserTest {

    /** Option index to choose per question (order in the definition; scales by value; yes = 0, no = 1). */
    private static final Map<String, Integer> CHOICES = new LinkedHashMap<>();
    static {
        CHOICES.put("municipality", 0);      // Lappeenranta
        CHOICES.put("sex", 0);
        CHOICES.put("unemployment", 3);
        CHOICES.put("was", 5);
        CHOICES.put("domain_WORK", 4);
        CHOICES.put("domain_BODY", 7);
        CHOICES.put("domain_MIND", 3);
        CHOICES.put("domain_SKILLS", 7);
        CHOICES.put("domain_EVERYDAY", 6);
        CHOICES.put("domain_INCLUSION", 8);
        CHOICES.put("phq2_1", 2);
        CHOICES.put("phq2_2", 2);
        CHOICES.put("gad2_1", 1);
        CHOICES.put("gad2_2", 0);
        CHOICES.put("auditc_1", 1);
        CHOICES.put("auditc_2", 0);
        CHOICES.put("auditc_3", 0);
        CHOICES.put("smoking", 3);
        CHOICES.put("activity", 0);
        CHOICES.put("vegetables", 0);
        CHOICES.put("sleep", 1);
        CHOICES.put("has_diabetes", 1);
        CHOICES.put("bp_medication", 1);
        CHOICES.put("high_glucose", 1);
        CHOICES.put("diabetes_family", 0);
        CHOICES.put("contact_wish", 0);
    }

    private static final Map<String, String> TYPED = Map.of("height", "172", "weight", "70", "waist", "80");

    @Test
    void journey_2_in_finnish_with_a_break_wrong_answers_and_a_shared_result() throws Exception {
        open(page, "/health-check");
        assertAccessible(page);
        page.locator("#hc-start").click();
        Logins.asResident(page, "resident-mikko");
        assertThat(path(page)).endsWith("/step/background");
        assertAccessible(page);

        // Continue without answers: a summary at the top and a message at each field
        page.locator("#hc-continue").click();
        waitForVaadin(page);
        assertThat(page.locator("#error-summary").innerText()).contains("Missä kunnassa asut? Valitse vastaus.");
        assertThat(page.title()).startsWith("Virhe: Sinä ja elämäntilanteesi");
        assertThat(page.locator("#q-municipality").getAttribute("invalid")).isNotNull();
        assertAccessible(page);
        answerPage();
        next("work-ability");
        answerPage();
        next("domains");
        choose("domain_WORK");
        choose("domain_BODY");
        assertThat(page.locator("#hc-saved").innerText()).startsWith("Tallennettu klo");

        // The browser closes halfway through; later the resident signs in again and goes on
        newVisitor("fi-FI");
        open(page, "/health-check");
        page.locator("#hc-start").click();
        Logins.asResident(page, "resident-mikko");
        assertThat(path(page)).endsWith("/step/domains");
        assertThat(radio("domain_WORK", 4).isChecked()).isTrue();
        assertThat(radio("domain_BODY", 7).isChecked()).isTrue();
        answerPage();
        next("mood");
        answerPage();
        next("alcohol");
        assertThat(page.locator("#q-auditc_2").isVisible()).isFalse();
        answerPage();
        assertThat(page.locator("#q-auditc_2").isVisible()).isTrue();
        answerPage();
        next("lifestyle");
        answerPage();
        next("body");

        // Wrong numbers are explained at the field and stay there to be fixed
        type("height", "0");
        type("weight", "1000");
        answerPage();
        page.locator("#hc-continue").click();
        waitForVaadin(page);
        assertThat(path(page)).endsWith("/step/body");
        assertThat(page.locator("#q-height").innerText()).contains("Sen pitää olla välillä 80–250 cm.");
        assertThat(page.locator("#q-weight").innerText()).contains("välillä 25–350 kg");
        assertThat(page.locator("#q-height input").inputValue()).isEqualTo("0");
        assertThat(page.locator("#q-weight input").inputValue()).isEqualTo("1000");
        assertAccessible(page);
        screenshot(page, "hc-fi-body-errors");
        type("height", "300");
        assertThat(page.locator("#q-height").innerText()).contains("80–250 cm");
        TYPED.forEach(this::type);
        next("wishes");

        // Ten thousand characters: a clear message, and every character still there
        String tooLong = "Haluaisin töihin. ".repeat(556).substring(0, 10_000);
        page.locator("#q-wishes_text textarea").fill(tooLong);
        answerPage();
        page.locator("#hc-continue").click();
        waitForVaadin(page);
        assertThat(text(page.locator("#q-wishes_text"))).contains("enintään 2 000 merkkiä, nyt 10 000");
        assertThat(page.locator("#q-wishes_text textarea").inputValue()).hasSize(10_000);
        page.locator("#q-wishes_text textarea").fill("Haluaisin päästä töihin, jossa voin liikkua.");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Raha-asiat ja velat")).check();
        waitForVaadin(page);
        next("check");

        // Check answers, change one, come back
        assertThat(page.locator("h1").innerText()).isEqualTo("Tarkista vastauksesi");
        assertThat(page.locator("main").innerText()).contains("Lappeenranta").contains("172 cm")
                .contains("Haluaisin päästä töihin, jossa voin liikkua.");
        assertAccessible(page);
        page.locator("a[href$='/step/work-ability?return=check']").first().click();
        page.waitForURL(u -> u.contains("/step/work-ability"));
        waitForVaadin(page);
        radio("was", 4).check();
        waitForVaadin(page);
        next("check");
        assertThat(page.locator("main").innerText()).contains("4/10");

        page.locator("#hc-submit").click();
        page.waitForURL(u -> u.contains("/health-check/result/"));
        waitForVaadin(page);
        assertThat(page.locator("#hc-confirmation").innerText()).contains("Kiitos, terveystarkastus on valmis");
        assertThat(page.locator("#hc-offer").innerText()).contains("Työkykykoordinaattori voi auttaa sinua");
        assertThat(page.locator("#hc-flags").innerText()).contains("Työkykysi on heikentynyt")
                .contains("Mieliala voi olla matalalla");
        assertThat(page.locator("#hc-domains").innerText()).contains("4/10 – kaipaa huomiota")
                .contains("Miksi: Arvioit tämän osa-alueen 4/10 (5 tai alle).");
        assertThat(page.locator("#hc-flags").innerText()).contains("Vastauksesi: Mielialakysymysten (PHQ-2) pisteesi");
        assertThat(page.locator("#hc-crisis").innerText()).contains("09 2525 0111");
        assertThat(page.locator("#hc-services .tt-hc-why").allInnerTexts()).isNotEmpty()
                .allSatisfy(why -> assertThat(why).startsWith("Ehdotetaan, koska:").matches("(?s).*\\. \\S.*"));
        assertThat(page.locator("#hc-services a[href^='tel:']").count()).isPositive();
        page.locator("#hc-easy").click();
        page.locator("#hc-flags .tt-hc-explain--easy").first().waitFor();
        assertThat(page.locator("#hc-flags").innerText()).contains("Työkykykoordinaattori voi auttaa sinua.");
        assertAccessible(page);
        screenshot(page, "hc-fi-result");
        String resultUrl = page.url();

        Download download = page.waitForDownload(() -> page.locator("#hc-pdf").click());
        String pdf = pdfText(Files.readAllBytes(download.path()));
        assertThat(pdf).contains("Terveystarkastuksen tulos").contains("Työkykypistemäärä (WAS)")
                .contains("Mieli – henkinen hyvinvointi").contains("Mieliala voi olla matalalla")
                .contains("Mieliala voi olla matalalla");
        assertThat(pdf.replaceAll("\\s+", " ")).as("the crisis advice of the page").contains("kriisipuhelimeen 09 2525 0111");
        assertThat(download.suggestedFilename()).isEqualTo("terveystarkastus.pdf");

        // A recommended service opens on the map
        Locator firstService = page.locator("#hc-services h3 a").first();
        String serviceName = firstService.innerText();
        firstService.click();
        page.waitForURL(u -> u.contains("/services/"));
        waitForVaadin(page);
        assertThat(page.locator("h1").innerText()).isEqualTo(serviceName);
        page.goBack();
        waitForVaadin(page);

        // Share with the team: the box must be ticked first
        page.navigate(resultUrl.replaceAll("\\?.*$", ""));
        waitForVaadin(page);
        page.locator("#hc-consent-share").click();
        waitForVaadin(page);
        assertThat(page.locator("#hc-sharing").innerText()).contains("Valitse ensin, että annat luvan.");
        page.locator("#hc-consent-agree").click();
        page.locator("#hc-consent-share").click();
        waitForVaadin(page);
        assertThat(page.locator("#hc-consent-state").innerText()).startsWith("Tämä tulos on jaettu työkykytiimille");

        // The coordinator opens the shared result
        BrowserContext staffContext = newContext("fi-FI", 1280, 900);
        Page staff = staffContext.newPage();
        open(staff, "/staff/health-checks");
        Logins.asStaff(staff, "koordinaattori");
        assertThat(staff.locator("#hc-shared").innerText()).contains("Mikko Virtanen");
        assertAccessible(staff);
        staff.locator("#hc-shared a", new Page.LocatorOptions().setHasText("Mikko Virtanen")).first().click();
        staff.waitForURL(u -> u.matches(".*/staff/health-checks/[0-9]+$"));
        waitForVaadin(staff);
        assertThat(staff.locator("h1").innerText()).isEqualTo("Terveystarkastus: Mikko Virtanen");
        staff.locator("#hc-answers vaadin-details-summary").click();
        staff.locator("#hc-answers dl").first().waitFor();
        assertThat(staff.locator("#hc-answers").innerText()).contains("Haluaisin päästä töihin, jossa voin liikkua.");
        assertAccessible(staff);
        screenshot(staff, "hc-fi-staff-result");
        staffContext.close();

        // The resident sees the look, and the check on My page
        open(page, "/my-page");
        assertThat(page.locator("#who-has-seen").innerText()).contains("Kaisa Lehtonen").contains("terveystarkastus");
        assertThat(page.locator("#mypage-healthchecks").innerText()).contains("työkyky 4/10")
                .contains("jaettu työkykytiimille");
        assertAccessible(page);

        // Another resident can't open it by its address
        BrowserContext otherContext = newContext("fi-FI", 1280, 900);
        Page other = otherContext.newPage();
        open(other, "/login");
        Logins.asResident(other, "resident-noah");
        open(other, new java.net.URI(resultUrl).getPath());
        assertThat(other.locator("body").innerText()).doesNotContain("Mikko").doesNotContain("WAS");
        assertThat(other.locator("h1").innerText()).isNotEqualTo("Terveystarkastuksen tulos");
        otherContext.close();
    }

    @Test
    void journey_2_in_swedish_resumes_on_another_device_and_reads_back_the_pdf() throws IOException {
        context.close();
        context = newContext("sv-FI", 390, 844);
        page = context.newPage();
        open(page, "/health-check?lang=en");
        assertThat(page.locator("h1").innerText()).isEqualTo("Online health check");
        assertAccessible(page);
        open(page, "/health-check?lang=sv");
        assertThat(page.locator("h1").innerText()).isEqualTo("Elektronisk hälsokontroll");
        assertAccessible(page);
        page.locator("#hc-start").click();
        Logins.asResident(page, "resident-elias");
        answerPage();
        next("work-ability");
        answerPage();
        next("domains");
        context.close();

        // another device: a desktop browser
        context = newContext("sv-FI", 1280, 900);
        page = context.newPage();
        open(page, "/health-check?lang=sv");
        assertThat(page.locator("#hc-start").innerText()).isEqualTo("Börja hälsokontrollen");
        page.locator("#hc-start").click();
        Logins.asResident(page, "resident-elias");
        assertThat(path(page)).endsWith("/step/domains");
        assertThat(page.locator("h1").innerText()).isEqualTo("Olika delar av din funktionsförmåga");
        assertAccessible(page);
        for (String section : new String[] {"mood", "alcohol", "lifestyle", "body", "wishes", "check"}) {
            answerPage();
            answerPage();
            assertAccessible(page);
            next(section);
        }
        assertThat(page.locator("h1").innerText()).isEqualTo("Kontrollera dina svar");
        assertAccessible(page);
        page.locator("#hc-submit").click();
        page.waitForURL(u -> u.contains("/health-check/result/"));
        waitForVaadin(page);
        assertThat(page.locator("#hc-confirmation").innerText()).contains("Tack, hälsokontrollen är klar");
        assertAccessible(page);
        screenshot(page, "hc-sv-result");
        // WCAG 1.4.10: at 320 px the score table and the service cards reflow, nothing scrolls sideways
        page.setViewportSize(320, 800);
        page.waitForTimeout(300);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("result page at 320 px is no wider than the screen").isTrue();
        screenshot(page, "hc-sv-result-320");
        page.setViewportSize(1280, 900);
        Download download = page.waitForDownload(() -> page.locator("#hc-pdf").click());
        String pdf = pdfText(Files.readAllBytes(download.path()));
        assertThat(pdf).contains("Hälsokontrollens resultat").contains("Arbetsförmågepoäng (WAS)")
                .contains("Sinne – psykiskt välbefinnande");
        assertThat(download.suggestedFilename()).isEqualTo("halsokontroll.pdf");
    }

    /** Answers every visible question of the page that has a planned choice and is not answered yet. */
    private void answerPage() {
        for (String id : CHOICES.keySet()) {
            Locator field = page.locator("#q-" + id);
            if (field.count() == 0 || !field.isVisible()) {
                continue;
            }
            Locator choice = radio(id, CHOICES.get(id));
            if (!choice.isChecked()) {
                choice.check();
                waitForVaadin(page);
            }
        }
        for (var e : TYPED.entrySet()) {
            Locator input = page.locator("#q-" + e.getKey() + " input");
            if (input.count() > 0 && input.isVisible() && input.inputValue().isEmpty()) {
                type(e.getKey(), e.getValue());
            }
        }
    }

    /** Inner text with the non-breaking spaces of Finnish number formats as plain spaces. */
    private static String text(Locator l) {
        return l.innerText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private void choose(String id) {
        radio(id, CHOICES.get(id)).check();
        waitForVaadin(page);
    }

    private Locator radio(String id, int index) {
        return page.locator("#q-" + id).getByRole(AriaRole.RADIO).nth(index);
    }

    private void type(String id, String value) {
        HealthCheckFields.type(page, id, value);
    }

    /** Continue, and expect the next page. */
    private void next(String expected) {
        page.locator("#hc-continue").click();
        page.waitForURL(u -> u.endsWith("/" + expected) || u.contains("/step/" + expected));
        waitForVaadin(page);
    }
}
