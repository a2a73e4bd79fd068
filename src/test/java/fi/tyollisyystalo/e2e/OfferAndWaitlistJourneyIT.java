package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.booking.AppointmentType;
import fi.tyollisyystalo.booking.BookedBy;
import fi.tyollisyystalo.booking.BookingRequest;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.FreeTime;
import fi.tyollisyystalo.booking.Way;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * Journey 5, continued: a coordinator offers a client the doctor's times in a secure message and the client
 * books one from the link in the thread (Finnish); a Swedish resident asks for an earlier time, another
 * resident cancels, the freed time kept for him is taken from his appointment page, its PDF says the same time
 * as the page, and he cancels it. axe on every new view at 1280 and 390 px.
 */
class OfferAndWaitlistJourneyIT extends BrowserTest {

    @Autowired ApplicationContext spring;
    @Autowired Bookings bookings;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    @Test
    void a_coordinator_offers_the_doctors_times_in_a_message_and_the_client_books_one() {
        open(page, "/my-page");
        Logins.asResident(page, "resident-sanna");
        newVisitor("fi-FI");
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/staff/calendar/book");
        Logins.asStaff(page, "koordinaattori");
        page.locator("#staffbook-hetu input").fill("300195Y9488");
        page.locator("#staffbook-find").click();
        page.locator("#staffbook-client").getByText("Sanna Mäkinen").waitFor();
        // sending without times is said at the field
        page.locator("#staffbook-offer-send").click();
        page.locator("#staffbook-offer-times[invalid]").waitFor();
        page.locator("#staffbook-type").click();
        page.locator("#staffbook-type vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Lääkärin"))
                .click();
        page.locator("#staffbook-staff").click();
        page.locator("#staffbook-staff vaadin-select-item").filter(new Locator.FilterOptions().setHasText(
                "Eeva Heikkinen")).click();
        page.locator("#staffbook-offer-times input").click();
        Locator items = page.locator("vaadin-multi-select-combo-box-item");
        items.first().waitFor();
        items.nth(1).click();
        items.nth(2).click();
        page.keyboard().press("Escape");
        assertAccessible(page);
        page.locator("#staffbook-offer-send").click();
        page.locator("#staffbook-offer-result a").waitFor();
        assertThat(page.locator("#staffbook-offer-result").innerText())
                .contains(translation("fi", "booking.staffbook.offer.sent"));
        assertAccessible(page);
        screenshot(page, "offer-sent");

        // the client reads the message and follows its link
        newVisitor("fi-FI");
        watch = HostileInput.watch(page);
        open(page, "/messages");
        Logins.asResident(page, "resident-sanna");
        page.locator("a").filter(new Locator.FilterOptions().setHasText(
                translation("fi", "booking.staffbook.offer.subject"))).first().click();
        Locator link = page.locator(".tt-msg--team a[href^='/appointments/offer/']");
        link.waitFor();
        assertThat(link.innerText()).isEqualTo(translation("fi", "booking.staffbook.offer.link"));
        assertAccessible(page);
        link.click();
        page.waitForURL(Pattern.compile(".*/appointments/offer/[0-9]+$"));
        waitForVaadin(page);
        assertThat(page.locator("main").innerText()).contains("Kaisa Lehtonen").contains("Lääkärin");
        Locator radios = page.locator("#offer-times vaadin-radio-button");
        assertThat(radios.count()).isEqualTo(2);
        // booking without choosing is said at the field
        page.locator("#offer-book").click();
        page.locator("#offer-times[invalid]").waitFor();
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        screenshot(page, "offer-choose-390");
        page.setViewportSize(1280, 900);
        radios.first().click();
        page.locator("#offer-book").click();
        page.waitForURL(Pattern.compile(".*/appointments/[0-9]+\\?done=booked$"));
        waitForVaadin(page);
        assertThat(page.locator("main").innerText()).contains("Eeva Heikkinen");
        long id = Long.parseLong(path(page).replaceAll("\\D", ""));

        // the offer is used: its page leads to the appointment, and My appointments no longer lists it
        page.goBack();
        waitForVaadin(page);
        page.reload();
        waitForVaadin(page);
        page.locator("#offer-used").waitFor();
        open(page, "/appointments");
        assertThat(page.locator("#my-offers").count()).isZero();
        // an offer id that is not a number is no page (Tomcat's 400 or our 404), and nothing runs
        for (HostileInput.Value v : HostileInput.breakouts()) {
            assertThat(page.navigate(url("/appointments/offer/" + v.encoded())).status()).isIn(400, 404);
        }
        watch.assertNothingRan();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM appointment WHERE id = ? AND status = 'BOOKED'",
                Integer.class, id)).isOne();
    }

    @Test
    void a_freed_earlier_time_is_kept_for_the_first_in_line_and_taken_from_the_appointment_page() throws Exception {
        // a first and a later time of the nurse's health-check visit, more than a day ahead
        TestLogins.resident(spring, "120503B957D", "Noah", "Andersson");
        AppointmentType nurse = bookings.residentTypes().stream().filter(t -> t.code().startsWith("nurse"))
                .findFirst().orElseThrow();
        assertThat(nurse.bookedBy()).isEqualTo(BookedBy.RESIDENT);
        List<FreeTime> free = bookings.freeTimes(nurse.id(), Way.IN_PERSON, null, null,
                Instant.now().plus(java.time.Duration.ofDays(2)), 40);
        FreeTime early = free.getFirst();
        FreeTime late = free.stream().filter(f -> f.start().isAfter(early.start().plus(java.time.Duration.ofDays(1))))
                .findFirst().orElseThrow();
        long noahs = bookings.book(BookingRequest.of(nurse.id(), early, Way.IN_PERSON, null, false, "sv"));
        TestLogins.resident(spring, "240601A925D", "Elias", "Lindqvist");
        long elias = bookings.book(BookingRequest.of(nurse.id(), late, Way.IN_PERSON, null, false, "sv"));
        TestLogins.anonymous();

        newVisitor("sv-SE");
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/appointments/" + elias);
        Logins.asResident(page, "resident-elias");
        page.locator("#appointment-earlier-ask").click();
        page.locator("#appointment-earlier-stop").waitFor();
        assertThat(page.locator("#appointment-earlier").innerText())
                .contains(translation("sv", "booking.earlier.waiting"));
        assertAccessible(page);

        // Noah cancels: the time goes to Elias, first in line, and is kept for him
        TestLogins.resident(spring, "120503B957D", "Noah", "Andersson");
        bookings.cancelMine(noahs, bookings.myAppointment(noahs).version());
        TestLogins.anonymous();
        Locator offer = page.locator("#appointment-earlier-offer");
        for (int i = 0; i < 30 && offer.count() == 0; i++) {
            page.waitForTimeout(1000);
            page.reload();
            waitForVaadin(page);
        }
        assertThat(offer.innerText()).contains(Formats.time(early.start(), java.util.Locale.of("sv")));
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "earlier-offered-390");
        page.setViewportSize(1280, 900);
        page.locator("#appointment-earlier-take").click();
        page.locator("#appointment-done").waitFor();
        assertThat(page.locator("#appointment-done").innerText()).isEqualTo(translation("sv", "booking.done.moved"));
        String when = Formats.time(early.start(), java.util.Locale.of("sv"));
        assertThat(page.locator("main").innerText()).contains(when);

        // the PDF to print says the same time, in Helsinki time, in Swedish
        Download download = page.waitForDownload(() -> page.locator("#appointment-pdf").click());
        String text;
        var reader = new org.openpdf.text.pdf.PdfReader(java.nio.file.Files.readAllBytes(download.path()));
        try {
            text = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
        assertThat(text).contains(translation("sv", "booking.pdf.title")).contains(when).contains("Juha Salonen");

        // and cancelled, in Swedish: the time is free again
        page.locator("#appointment-cancel").click();
        page.locator("#appointment-cancel-yes").waitFor();
        assertAccessible(page);
        page.locator("#appointment-cancel-yes").click();
        page.locator("#appointment-done").getByText(translation("sv", "booking.done.cancelled")).waitFor();
        assertThat(page.locator("main").innerText()).contains(translation("sv", "booking.status.CANCELLED"));
        watch.assertNothingRan();
        assertThat(jdbc.queryForObject("SELECT starts_at FROM appointment WHERE id = ?", java.time.LocalDateTime.class,
                elias).toInstant(java.time.ZoneOffset.UTC)).isEqualTo(early.start());
    }
}
