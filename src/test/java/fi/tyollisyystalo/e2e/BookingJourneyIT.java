package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

import fi.tyollisyystalo.base.jobs.Jobs;
import fi.tyollisyystalo.base.time.TestClock;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.ProfileUpdate;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * Journey 5: a resident books, gets the calendar file, moves and cancels a time (Finnish), a Swedish resident
 * books a phone meeting (a bad number is said at its field), the coordinator books for a client and sees the
 * week and the team's day, and the reminder arrives in the dev mailbox. axe on every view at 1280 and 390 px;
 * hostile values in the addresses and the fields never run.
 */
class BookingJourneyIT extends BrowserTest {

    @Autowired ApplicationContext spring;
    @Autowired PersonService persons;
    @Autowired JdbcTemplate jdbc;
    @Autowired Jobs jobs;

    @AfterEach
    void realTime() {
        TestClock.reset();
        TestLogins.anonymous();
    }

    /** Notices by e-mail for a demo resident (the consent and address the profile page would give). */
    private void noticesByEmail(String hetu, String given, String family, String language, String email) {
        TestLogins.resident(spring, hetu, given, family);
        persons.updateMyProfile(new ProfileUpdate(language, email, null, true));
        TestLogins.anonymous();
    }

    private Locator mail(String address, String subject) {
        open(page, "/dev/mailbox");
        Locator mail = page.locator("article:has-text('" + address + "')")
                .filter(new Locator.FilterOptions().setHasText(subject));
        for (int i = 0; i < 30 && mail.count() == 0; i++) {
            page.waitForTimeout(1000);
            page.locator("#devmail-refresh").click();
        }
        return mail;
    }

    /**
     * The first offered time that starts more than 26 hours from now (and is not {@code except}): a resident may
     * move or cancel only until 24 hours before, and the reminder goes a day before, so the first free time is not
     * always what a journey needs.
     */
    private Locator moreThanADayAhead(Locator times, @org.jspecify.annotations.Nullable String except) {
        Instant limit = Instant.now().plus(java.time.Duration.ofHours(26));
        // on a weekday afternoon the first page of times can all be within the day: ask for later ones
        for (int pages = 0; pages < 5; pages++) {
            for (int i = 0; i < times.count(); i++) {
                String start = times.nth(i).getAttribute("data-start");
                if (start != null && !start.equals(except) && Instant.parse(start).isAfter(limit)) {
                    return times.nth(i);
                }
            }
            Locator more = page.locator("#book-more");
            if (more.count() == 0) {
                break;
            }
            more.click();
            waitForVaadin(page);
        }
        throw new AssertionError("no offered time more than a day ahead among " + times.count());
    }

    @Test
    void a_resident_books_downloads_moves_and_cancels_a_time_and_gets_the_notices() {
        noticesByEmail("021164-9123", "Anna-Liisa", "Korhonen", "fi", "anna-liisa.booking@example.fi");
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/");
        page.locator("a[href='/appointments/book']").first().click();
        Logins.asResident(page, "resident-anna-liisa");
        assertThat(path(page)).isEqualTo("/appointments/book");
        assertAccessible(page);

        page.locator("#book-type vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(
                "Terveydenhoitajan terveystarkastus")).click();
        Locator times = page.locator("#book-times vaadin-button.tt-time");
        times.first().waitFor();
        assertAccessible(page);
        // a time more than a day ahead, so that the resident may still move and cancel it whatever the hour
        Locator chosen = moreThanADayAhead(times, null);
        String first = chosen.getAttribute("data-start");
        chosen.click();
        page.locator("#book-confirm-button").waitFor();
        assertThat(page.locator("#book-confirm").innerText()).contains("Juha Salonen");
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        screenshot(page, "booking-check-390");
        page.setViewportSize(1280, 900);
        page.locator("#book-confirm-button").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/appointments/[0-9]+\\?done=booked$"));
        waitForVaadin(page);
        assertThat(page.locator("#appointment-done").innerText()).isEqualTo(translation("fi", "booking.done.booked"));
        assertThat(page.locator("main").innerText()).contains("Valtakatu 35").contains("Juha Salonen");
        assertAccessible(page);
        screenshot(page, "booking-booked");

        // the calendar file: a real iCalendar REQUEST at the booked time in UTC, with a neutral summary
        Download download = page.waitForDownload(() -> page.locator("#appointment-ics").click());
        String ics;
        try {
            ics = Files.readString(download.path(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String utc = Instant.parse(first).toString().replace("-", "").replace(":", "").replace(".000", "");
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("METHOD:REQUEST").contains("DTSTART:" + utc)
                .contains("SUMMARY:Tapaaminen").doesNotContain("terveys");

        // move to another time, then cancel
        page.locator("#appointment-move").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/appointments/book\\?move=[0-9]+$"));
        waitForVaadin(page);
        assertThat(page.locator("h1").innerText()).isEqualTo(translation("fi", "booking.move.title"));
        assertAccessible(page);
        Locator moveTimes = page.locator("#book-times vaadin-button.tt-time");
        moveTimes.first().waitFor();
        moreThanADayAhead(moveTimes, first).click();
        page.locator("#book-confirm-button").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/appointments/[0-9]+\\?done=moved$"));
        waitForVaadin(page);
        page.locator("#appointment-cancel").click();
        page.locator("#appointment-cancel-yes").waitFor();
        assertAccessible(page);
        page.locator("#appointment-cancel-yes").click();
        page.locator("#appointment-done").getByText(translation("fi", "booking.done.cancelled")).waitFor();
        assertThat(page.locator("main").innerText()).contains(translation("fi", "booking.status.CANCELLED"));

        open(page, "/appointments");
        assertThat(page.locator("#my-past").innerText()).contains("Terveydenhoitajan terveystarkastus");
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "booking-mine-390");
        page.setViewportSize(1280, 900);

        // the address's parameters: numbers only, anything else is ignored
        for (HostileInput.Value v : HostileInput.breakouts()) {
            assertThat(page.navigate(url("/appointments/book?type=" + v.encoded() + "&move=" + v.encoded())).status())
                    .isEqualTo(200);
            waitForVaadin(page);
        }
        watch.assertNothingRan();

        // notices of the changes (booked, moved, cancelled): the date and time in Helsinki time, as on the page
        // and in the calendar file, but no place or type
        Locator changed = mail("anna-liisa.booking@example.fi", translation("fi", "notice.appointment-changed.subject"));
        assertThat(changed.count()).isGreaterThanOrEqualTo(1);
        assertThat(changed.first().innerText()).doesNotContain("Valtakatu").doesNotContain("terveystarkastus");
        String bookedAt = "klo " + fi.tyollisyystalo.base.i18n.Formats.time(Instant.parse(first), java.util.Locale.of("fi"));
        for (int i = 0; i < 30 && changed.allInnerTexts().stream().noneMatch(t -> t.contains(bookedAt)); i++) {
            page.waitForTimeout(1000);
            page.locator("#devmail-refresh").click();
        }
        assertThat(changed.allInnerTexts()).anyMatch(t -> t.contains(bookedAt));
    }

    @Test
    void a_swedish_resident_books_a_phone_meeting_and_a_bad_number_is_said_at_the_field() {
        noticesByEmail("120503B957D", "Noah", "Andersson", "sv", "noah.booking@example.fi");
        newVisitor("sv-SE");
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/appointments/book");
        Logins.asResident(page, "resident-noah");
        page.locator("#book-type vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(
                "Första möte med arbetsförmågekoordinatorn")).click();
        page.locator("#book-way vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(
                translation("sv", "booking.way.PHONE"))).click();
        Locator times = page.locator("#book-times vaadin-button.tt-time");
        times.first().waitFor();
        // a time more than a day ahead, so that its reminder a day before is still to come
        moreThanADayAhead(times, null).click();
        page.locator("#book-phone").waitFor();
        for (HostileInput.Value v : HostileInput.breakouts()) {
            page.locator("#book-phone input").fill(v.text().substring(0, Math.min(40, v.text().length())));
            page.locator("#book-confirm-button").click();
            page.locator("#book-phone[invalid]").waitFor();
            assertThat(page.locator("#book-phone").innerText()).contains(translation("sv", "booking.refused.PHONE"));
            watch.assertNothingRan();
        }
        assertAccessible(page);
        page.locator("#book-phone input").fill("040 765 4321");
        page.locator("#book-interpreter input").click();
        page.locator("#book-confirm-button").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/appointments/[0-9]+\\?done=booked$"));
        waitForVaadin(page);
        assertThat(page.locator("main").innerText()).contains("040 765 4321")
                .contains(translation("sv", "booking.fact.interpreter")).contains(translation("sv", "booking.way.PHONE"));
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "booking-phone-sv-390");

        // the reminder a day before (its planning at booking is BookingsIT's): the application's clock moved to
        // just after it is due, and the job (the scheduler keeps the system's time) planned to run now
        long id = Long.parseLong(path(page).substring(path(page).lastIndexOf('/') + 1));
        // stored as UTC wall-clock values (never through the JVM's zone, which is New York in the tests)
        Instant start = jdbc.queryForObject("SELECT starts_at FROM appointment WHERE id = ?",
                java.time.LocalDateTime.class, id).toInstant(java.time.ZoneOffset.UTC);
        TestClock.set(start.minus(java.time.Duration.ofHours(24)).plusSeconds(5));
        jobs.schedule(Bookings.REMINDER_JOB, id + "/PT24H", Instant.now());
        Locator reminder = mail("noah.booking@example.fi", translation("sv", "notice.appointment-reminder.subject"));
        TestClock.reset();
        assertThat(reminder.count()).as("one reminder for the offset").isOne();
        assertThat(reminder.first().innerText()).doesNotContain("040 765 4321");
        watch.assertNothingRan();
    }

    @Test
    void the_coordinator_books_for_a_client_and_sees_the_week_and_the_teams_day() {
        // the client has signed in once (a client is found by the code only then)
        open(page, "/my-page");
        Logins.asResident(page, "resident-leila");
        newVisitor("fi-FI");
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/staff/calendar/book");
        Logins.asStaff(page, "koordinaattori");
        assertAccessible(page);
        for (HostileInput.Value v : HostileInput.VALUES) {
            page.locator("#staffbook-hetu input").fill(v.text().substring(0, Math.min(11, v.text().length())));
            page.locator("#staffbook-find").click();
            page.locator("#staffbook-hetu[invalid]").waitFor();
            watch.assertNothingRan();
        }
        page.locator("#staffbook-hetu input").fill("090978-936C");
        page.locator("#staffbook-find").click();
        page.locator("#staffbook-client").getByText("Leila Haddad").waitFor();
        page.locator("#staffbook-type").click();
        page.locator("#staffbook-type vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Väliarviointi")).click();
        // a time in hours without a place (phone and video hours) cannot be met in person
        page.locator("#staffbook-time").click();
        page.locator("#staffbook-time vaadin-select-item").filter(new Locator.FilterOptions().setHasNotText("·"))
                .first().click();
        waitForVaadin(page);
        page.locator("#staffbook-way").click();
        assertThat(page.locator("#staffbook-way vaadin-select-item").allInnerTexts().stream().map(String::strip))
                .isNotEmpty().doesNotContain(translation("fi", "booking.way.IN_PERSON"));
        page.keyboard().press("Escape");
        page.locator("#staffbook-time").click();
        page.locator("#staffbook-time vaadin-select-item").filter(new Locator.FilterOptions().setHasText("·"))
                .first().click();
        waitForVaadin(page);
        select(page, "#staffbook-way", translation("fi", "booking.way.IN_PERSON"));
        page.locator("#staffbook-language").click();
        // the open list is named by the field (NamedSelect); axe once found it unnamed while it faded out
        assertThat(page.locator("#staffbook-language vaadin-select-list-box").getAttribute("aria-label"))
                .isEqualTo(translation("fi", "booking.book.meeting-language"));
        assertAccessible(page);
        page.locator("#staffbook-language vaadin-select-item").filter(new Locator.FilterOptions().setHasText("englanti")).click();
        assertAccessible(page);
        page.locator("#staffbook-book").click();
        page.waitForURL("**/staff/appointments/*");
        waitForVaadin(page);
        assertThat(page.locator("h1").innerText()).contains("Väliarviointi").contains("Leila Haddad");
        assertAccessible(page);

        page.locator("a[href^='/staff/calendar?staff=']").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/staff/calendar\\?.*"));
        waitForVaadin(page);
        Locator block = page.locator("#calendar a.tt-calendar__appointment").filter(
                new Locator.FilterOptions().setHasText("Leila Haddad"));
        assertThat(block.count()).isOne();
        assertAccessible(page);
        screenshot(page, "calendar-week");
        page.locator("#calendar-switch").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*view=day.*"));
        page.locator("#calendar .tt-calendar__heading").getByText("Juha Salonen").waitFor();
        assertThat(page.locator("#calendar .tt-calendar__heading").allInnerTexts()).contains("Kaisa Lehtonen",
                "Juha Salonen");
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        screenshot(page, "calendar-day-390");
        for (HostileInput.Value v : HostileInput.breakouts()) {
            assertThat(page.navigate(url("/staff/calendar?staff=" + v.encoded() + "&date=" + v.encoded() + "&view="
                    + v.encoded())).status()).isEqualTo(200);
            waitForVaadin(page);
        }
        watch.assertNothingRan();

        // her own bookable hours: a wrong order is said at the field, a new row appears, and goes again
        page.setViewportSize(1280, 900);
        open(page, "/staff/availability");
        assertThat(page.locator("#hours-list").innerText()).contains("Valtakatu 35");
        assertAccessible(page);
        page.locator("#hours-weekday").click();
        page.locator("#hours-weekday vaadin-select-item").filter(new Locator.FilterOptions().setHasText("lauantai")).click();
        page.locator("#hours-starts input").fill("11.00");
        page.locator("#hours-starts input").press("Tab");
        page.locator("#hours-ends input").fill("10.00");
        page.locator("#hours-ends input").press("Tab");
        // the places of the service map are offered; another address can be typed
        page.locator("#hours-location input").click();
        page.locator("#hours-location").press("ArrowDown");
        page.locator("vaadin-combo-box-item").first().waitFor();
        assertThat(page.locator("vaadin-combo-box-item").count()).isPositive();
        page.locator("#hours-location input").press("Escape");
        page.locator("#hours-location input").fill("Kirjasto, Kauppakatu 1");
        page.locator("#hours-location input").press("Tab");
        page.locator("#hours-save").click();
        page.locator("#hours-ends[invalid]").waitFor();
        assertThat(page.locator("#hours-location input").inputValue()).isEqualTo("Kirjasto, Kauppakatu 1");
        page.locator("#hours-ends input").fill("12.00");
        page.locator("#hours-ends input").press("Tab");
        page.locator("#hours-save").click();
        Locator saturday = page.locator("#hours-list li").filter(new Locator.FilterOptions().setHasText("Kirjasto"));
        saturday.waitFor();
        assertThat(saturday.innerText()).contains("lauantai").contains("11.00–12.00");
        assertAccessible(page);
        saturday.locator("vaadin-button").click();
        page.locator("#hours-status").getByText(translation("fi", "booking.hours.removed")).waitFor();
        assertThat(page.locator("#hours-list li").filter(new Locator.FilterOptions().setHasText("Kirjasto")).count())
                .isZero();
        watch.assertNothingRan();
    }

    @Test
    void an_editor_keeps_the_appointment_types_and_bad_input_stays_at_its_field() {
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/staff/appointment-types");
        Logins.asStaff(page, "editori");
        assertThat(page.locator("#types-list").innerText()).contains("Terveydenhoitajan terveystarkastus");
        assertAccessible(page);
        page.locator("#types-name-sv input").fill("Gruppmöte");
        page.locator("#types-save").click();
        page.locator("#types-name-fi[invalid]").waitFor();
        assertThat(page.locator("#types-name-sv input").inputValue()).isEqualTo("Gruppmöte");
        page.locator("#types-name-fi input").fill("Ryhmätapaaminen");
        page.locator("#types-booked-by vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(
                translation("fi", "booking.types.bookedBy.STAFF"))).click();
        page.locator("#types-save").click();
        page.locator("#types-status").getByText(translation("fi", "booking.types.saved")).waitFor();
        assertThat(page.locator("#types-list").innerText()).contains("Ryhmätapaaminen · 60 min");
        // hostile names are kept as text in the same type, never run
        for (HostileInput.Value v : HostileInput.breakouts()) {
            page.locator("#types-name-fi input").fill(v.text());
            page.locator("#types-save").click();
            waitForVaadin(page);
            assertThat(page.locator("#types-list").innerText()).contains(v.text().strip());
            watch.assertNothingRan();
        }
        page.locator("#types-name-fi input").fill("Ryhmätapaaminen");
        page.locator("#types-active input").click();
        page.locator("#types-save").click();
        page.locator("#types-list").getByText(translation("fi", "booking.types.inactive")).waitFor();
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        watch.assertNothingRan();
    }
}
