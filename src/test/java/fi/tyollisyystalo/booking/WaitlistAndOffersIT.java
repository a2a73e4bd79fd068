package fi.tyollisyystalo.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.jobs.Jobs;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.time.TestClock;
import fi.tyollisyystalo.booking.internal.Waitlist;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * The waitlist for earlier times and the times staff offer, against the real database and with a fixed clock:
 * a freed time goes to the first in line, is held for them (nobody else is offered it), passes on when the
 * hold runs out or is declined, and is taken once; an offered time is booked once from an offer, a used offer
 * refuses a second time, and only the client's own offers are theirs. The jobs' work is run directly (the
 * scheduler runs on the real clock; that the job was planned is checked).
 */
@IntegrationTest
class WaitlistAndOffersIT {

    /** Monday 22 March 2027; "now" is the Friday before. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 22);
    private static final Instant FRIDAY = Instant.parse("2027-03-19T10:00:00Z");

    @Autowired ApplicationContext context;
    @Autowired Bookings bookings;
    @Autowired Waitlist waitlist;
    @Autowired JdbcTemplate jdbc;
    @Autowired Jobs jobs;

    private long type;
    private long offerType;
    private String staff;
    private long births;

    @BeforeEach
    void aNurseWithWeekdayHours() {
        TestLogins.useStrategyOf(context);
        TestClock.set(FRIDAY);
        staff = "wl-" + System.nanoTime();
        String role = "WL" + System.nanoTime() % 1_000_000_000L;
        births = System.nanoTime() % 20_000;
        type = type("RESIDENT", role);
        offerType = type("OFFER", role);
        for (int weekday = 1; weekday <= 5; weekday++) {
            jdbc.update("INSERT INTO availability (staff_subject, staff_name, staff_role, weekday, starts, ends,"
                    + " location, languages) VALUES (?, 'Testi Hoitaja', ?, ?, '08:00', '12:00',"
                    + " 'Testikatu 2, Imatra', 'fi')", staff, role, weekday);
        }
    }

    private long type(String bookedBy, String role) {
        String code = "wl-" + bookedBy + System.nanoTime();
        jdbc.update("INSERT INTO appointment_type (code, name_fi, name_sv, name_en, minutes, buffer_minutes, ways,"
                + " booked_by, staff_role) VALUES (?, 'Jonotesti', 'Kötest', 'Queue test', 60, 0, 'IN_PERSON', ?, ?)",
                code, bookedBy, role);
        return jdbc.queryForObject("SELECT id FROM appointment_type WHERE code = ?", Long.class, code);
    }

    @AfterEach
    void reset() {
        TestClock.reset();
        TestLogins.anonymous();
    }

    private static Instant helsinki(LocalDate day, int hour) {
        return ZonedDateTime.of(day.atTime(hour, 0), HelsinkiTime.ZONE).toInstant();
    }

    private long resident(int n) {
        return TestLogins.resident(context, Hetu.of(LocalDate.of(1960, 1, 1).plusDays(births + n), 900 + n).value(),
                "Testi", "Jonottaja");
    }

    private long book(int n, Instant start) {
        resident(n);
        return bookings.book(new BookingRequest(type, staff, start, Way.IN_PERSON, null, false, "fi", List.of()));
    }

    private String freedKey(Instant start) {
        return type + "/" + start.getEpochSecond() + "/" + staff;
    }

    private long entryOf(long appointment) {
        return jdbc.queryForObject("SELECT id FROM appointment_waitlist WHERE appointment_id = ?", Long.class,
                appointment);
    }

    @Test
    void a_freed_time_is_held_for_the_first_in_line_passes_on_and_is_taken_once() {
        Instant monday8 = helsinki(MONDAY, 8);
        long first = book(1, monday8);
        long tuesday = book(2, helsinki(MONDAY.plusDays(1), 8));
        bookings.askEarlier(tuesday);
        bookings.askEarlier(tuesday);
        assertThat(bookings.earlierTime(tuesday).state()).isEqualTo(EarlierTime.State.WAITING);
        long wednesday = book(3, helsinki(MONDAY.plusDays(2), 8));
        bookings.askEarlier(wednesday);

        resident(1);
        bookings.cancelMine(first, bookings.myAppointment(first).version());
        assertThat(jobs.isScheduled(Waitlist.OFFER_JOB, freedKey(monday8))).isTrue();
        SystemActor.run(() -> waitlist.offer(freedKey(monday8)));

        // the first in line has the time, kept for two hours; nobody else is offered it
        resident(2);
        EarlierTime offered = bookings.earlierTime(tuesday);
        assertThat(offered.state()).isEqualTo(EarlierTime.State.OFFERED);
        assertThat(offered.start()).isEqualTo(monday8);
        // two hours from the offer (the fixed clock runs on from the Friday)
        assertThat(offered.keptUntil()).isBetween(FRIDAY.plus(java.time.Duration.ofHours(2)),
                FRIDAY.plus(java.time.Duration.ofHours(2)).plusSeconds(60));
        resident(4);
        assertThat(bookings.freeTimes(type, null, null, null, monday8, 5)).extracting(FreeTime::start)
                .doesNotContain(monday8);
        assertThatThrownBy(() -> bookings.book(new BookingRequest(type, staff, monday8, Way.IN_PERSON, null, false,
                "fi", List.of()))).isInstanceOfSatisfying(BookingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingRefused.Reason.TAKEN));

        // not answered in time: it passes to the next, the first stays in line for other times
        TestClock.set(FRIDAY.plus(java.time.Duration.ofHours(2)).plusSeconds(30));
        SystemActor.run(() -> waitlist.expire(String.valueOf(entryOf(tuesday))));
        resident(2);
        assertThat(bookings.earlierTime(tuesday).state()).isEqualTo(EarlierTime.State.WAITING);
        assertThatThrownBy(() -> bookings.takeEarlierTime(tuesday, bookings.myAppointment(tuesday).version()))
                .isInstanceOfSatisfying(BookingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingRefused.Reason.GONE));
        SystemActor.run(() -> waitlist.offer(freedKey(monday8)));
        resident(3);
        assertThat(bookings.earlierTime(wednesday).state()).isEqualTo(EarlierTime.State.OFFERED);

        // taken: the appointment moves there (same calendar UID, higher sequence); a replay changes nothing
        Appointment before = bookings.myAppointment(wednesday);
        long version = bookings.takeEarlierTime(wednesday, before.version());
        assertThat(bookings.myAppointment(wednesday).start()).isEqualTo(monday8);
        assertThatThrownBy(() -> bookings.takeEarlierTime(wednesday, before.version()))
                .isInstanceOf(BookingRefused.class);
        assertThat(version).isEqualTo(before.version() + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM appointment WHERE staff_subject = ? AND starts_at = ?"
                + " AND status = 'BOOKED'", Integer.class, staff, java.time.LocalDateTime.ofInstant(monday8,
                        java.time.ZoneOffset.UTC))).isOne();
        // the Wednesday time it left is offered on (to nobody: the one waiting has an earlier appointment)
        assertThat(jobs.isScheduled(Waitlist.OFFER_JOB, freedKey(helsinki(MONDAY.plusDays(2), 8)))).isTrue();
        SystemActor.run(() -> waitlist.offer(freedKey(helsinki(MONDAY.plusDays(2), 8))));
        resident(2);
        assertThat(bookings.earlierTime(tuesday).state()).isEqualTo(EarlierTime.State.WAITING);

        // stopping takes one out of line
        resident(2);
        bookings.stopWaiting(tuesday);
        assertThat(bookings.earlierTime(tuesday).state()).isEqualTo(EarlierTime.State.CAN_ASK);
        // another person's appointment is not theirs to ask about
        assertThatThrownBy(() -> bookings.askEarlier(wednesday)).isInstanceOf(AppointmentNotFoundException.class);
    }

    @Test
    void staff_offer_times_and_the_client_books_one_once() {
        long client = resident(10);
        TestLogins.staff("wl-coordinator", "Kaisa Koordinaattori", fi.tyollisyystalo.base.security.Roles.COORDINATOR);
        FreeTime monday9 = bookings.freeTimesOf(offerType, staff, helsinki(MONDAY, 9), 1).getFirst();
        FreeTime monday10 = bookings.freeTimesOf(offerType, staff, helsinki(MONDAY, 10), 1).getFirst();
        // the offer and its message are one: a message that cannot be written leaves no offer behind
        Integer offersBefore = jdbc.queryForObject("SELECT COUNT(*) FROM appointment_offer WHERE person_id = ?",
                Integer.class, client);
        assertThatThrownBy(() -> bookings.offerByMessage(client, offerType, Way.IN_PERSON, List.of(monday9),
                id -> new OfferMessage("Ajat", "x".repeat(100_000)))).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM appointment_offer WHERE person_id = ?", Integer.class,
                client)).isEqualTo(offersBefore);
        long[] offered = new long[1];
        long thread = bookings.offerByMessage(client, offerType, Way.IN_PERSON, List.of(monday9, monday10), id -> {
            offered[0] = id;
            return new OfferMessage("Ajat", "[Valitse aika](/appointments/offer/" + id + ")");
        });
        long offer = offered[0];
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE thread_id = ? AND body LIKE ?",
                Integer.class, thread, "%/appointments/offer/" + offer + ")%")).isOne();
        assertThatThrownBy(() -> bookings.offer(client, offerType, Way.PHONE, List.of(monday9)))
                .isInstanceOf(BookingRefused.class);

        resident(10);
        // a type booked only from an offer is not booked directly
        assertThatThrownBy(() -> bookings.book(BookingRequest.of(offerType, monday9, Way.IN_PERSON, null, false,
                "fi"))).isInstanceOfSatisfying(BookingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingRefused.Reason.NOT_ALLOWED));
        AppointmentOffer mine = bookings.myOffer(offer);
        assertThat(mine.offeredByName()).isEqualTo("Kaisa Koordinaattori");
        assertThat(mine.times()).extracting(FreeTime::start).containsExactly(monday9.start(), monday10.start());
        assertThat(bookings.myOpenOffers()).extracting(AppointmentOffer::id).contains(offer);
        // a time not in the offer is refused
        assertThatThrownBy(() -> bookings.bookOffered(offer, new FreeTime(staff, "x", helsinki(MONDAY, 11),
                helsinki(MONDAY, 12), null, List.of("fi")), null, false, "fi")).isInstanceOfSatisfying(
                        BookingRefused.class, e -> assertThat(e.reason()).isEqualTo(BookingRefused.Reason.NOT_OFFERED));
        long booked = bookings.bookOffered(offer, monday9, null, false, "fi");
        // a double click: the same appointment; another of its times: the offer is used
        assertThat(bookings.bookOffered(offer, monday9, null, false, "fi")).isEqualTo(booked);
        assertThatThrownBy(() -> bookings.bookOffered(offer, monday10, null, false, "fi"))
                .isInstanceOfSatisfying(BookingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingRefused.Reason.GONE));
        assertThat(bookings.myOffer(offer).status()).isEqualTo(AppointmentOffer.Status.BOOKED);
        assertThat(bookings.myOpenOffers()).extracting(AppointmentOffer::id).doesNotContain(offer);

        // another resident cannot see or use it; a resident cannot make offers
        resident(11);
        assertThatThrownBy(() -> bookings.myOffer(offer)).isInstanceOf(AppointmentNotFoundException.class);
        assertThatThrownBy(() -> bookings.bookOffered(offer, monday10, null, false, "fi"))
                .isInstanceOf(AppointmentNotFoundException.class);
        assertThatThrownBy(() -> bookings.offer(client, offerType, Way.IN_PERSON, List.of(monday10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE object_type = 'APPOINTMENT_OFFER'"
                + " AND object_id = ?", Integer.class, String.valueOf(offer))).isGreaterThanOrEqualTo(2);
    }
}
