package fi.tyollisyystalo.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.jobs.Jobs;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.time.TestClock;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * Booking against the real database: the database refuses a second hold of a time (100 threads at once, an
 * overlapping race, a double click, a replayed move), Helsinki wall-clock hours across the spring-forward
 * night, the change limit, calendar files parsed back and validated with ical4j, reminders planned once per
 * offset and dropped at a cancel, and who reaches whose appointment.
 */
@IntegrationTest
class BookingsIT {

    /** A Monday in winter time (EET, UTC+2) and the Monday after the clocks went forward (EEST, UTC+3). */
    private static final LocalDate WINTER_MONDAY = LocalDate.of(2027, 3, 22);
    private static final LocalDate SUMMER_MONDAY = LocalDate.of(2027, 3, 29);

    @Autowired ApplicationContext context;
    @Autowired Bookings bookings;
    @Autowired JdbcTemplate jdbc;
    @Autowired Jobs jobs;

    private long type;
    private String staff;
    private String role;
    private long births;

    @BeforeEach
    void aCoordinatorWithMondayHours() {
        TestLogins.useStrategyOf(context);
        staff = "bk-" + System.nanoTime();
        role = "BK" + System.nanoTime() % 1_000_000_000L;
        births = System.nanoTime() % 20_000;
        String code = "bk-type-" + System.nanoTime();
        jdbc.update("INSERT INTO appointment_type (code, name_fi, name_sv, name_en, minutes, buffer_minutes, ways,"
                + " booked_by, staff_role) VALUES (?, 'Testitapaaminen', 'Testmöte', 'Test meeting', 60, 15,"
                + " 'IN_PERSON,PHONE', 'RESIDENT', ?)", code, role);
        type = jdbc.queryForObject("SELECT id FROM appointment_type WHERE code = ?", Long.class, code);
        for (int weekday = 1; weekday <= 5; weekday++) {
            jdbc.update("INSERT INTO availability (staff_subject, staff_name, staff_role, weekday, starts, ends,"
                    + " location, languages) VALUES (?, 'Testi Koordinaattori', ?, ?, '08:00', '12:00',"
                    + " 'Testikatu 1, Lappeenranta', 'fi,sv')", staff, role, weekday);
        }
    }

    @AfterEach
    void reset() {
        TestClock.reset();
        TestLogins.anonymous();
    }

    private static Instant helsinki(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), HelsinkiTime.ZONE).toInstant();
    }

    /** A test identity code, the same for the same n within one test, new in the next test. */
    private String hetu(int n) {
        return Hetu.of(LocalDate.of(1950, 1, 1).plusDays(births + n), 900 + n % 99).value();
    }

    private long resident(String hetu) {
        return TestLogins.resident(context, hetu, "Testi", "Varaaja");
    }

    private BookingRequest at(Instant start) {
        return new BookingRequest(type, staff, start, Way.IN_PERSON, null, false, "fi", List.of());
    }

    @Test
    void weekly_hours_are_helsinki_wall_clock_across_the_spring_forward_night() {
        TestClock.set(Instant.parse("2027-03-20T10:00:00Z"));
        resident(hetu(1));
        // 29 March 2027 is Easter Monday: closed by default
        List<FreeTime> closed = bookings.freeTimes(type, Way.IN_PERSON, null, null, helsinki(SUMMER_MONDAY, 0, 0), 1);
        assertThat(closed).extracting(FreeTime::start).containsExactly(Instant.parse("2027-03-30T05:00:00Z"));

        // hours open on holidays too, every day 8–12 (as a crisis line might have)
        jdbc.update("DELETE FROM availability WHERE staff_subject = ?", staff);
        for (int weekday = 1; weekday <= 7; weekday++) {
            jdbc.update("INSERT INTO availability (staff_subject, staff_name, staff_role, weekday, starts, ends,"
                    + " location, languages, open_on_holidays) VALUES (?, 'Testi Koordinaattori', ?, ?, '08:00',"
                    + " '12:00', 'Testikatu 1, Lappeenranta', 'fi,sv', TRUE)", staff, role, weekday);
        }
        List<FreeTime> winter = bookings.freeTimes(type, Way.IN_PERSON, null, null, helsinki(WINTER_MONDAY, 0, 0), 1);
        assertThat(winter).extracting(FreeTime::start).containsExactly(Instant.parse("2027-03-22T06:00:00Z"));
        List<FreeTime> summer = bookings.freeTimes(type, Way.IN_PERSON, null, null, helsinki(SUMMER_MONDAY, 0, 0), 1);
        assertThat(summer).extracting(FreeTime::start).containsExactly(Instant.parse("2027-03-29T05:00:00Z"));

        // booked on 20 March for 29 March at 9.00: 06:00 UTC, and the calendar file says so in UTC
        long id = bookings.book(at(helsinki(SUMMER_MONDAY, 9, 0)));
        Appointment a = bookings.myAppointment(id);
        assertThat(a.start()).isEqualTo(Instant.parse("2027-03-29T06:00:00Z"));
        assertThat(fi.tyollisyystalo.base.i18n.Formats.time(a.start(), java.util.Locale.of("fi"))).isEqualTo("9.00");
        String ics = new String(bookings.myCalendarFile(id), StandardCharsets.UTF_8);
        assertThat(ics).contains("DTSTART:20270329T060000Z").contains("DTEND:20270329T070000Z");

        // Sunday 28 March at 10.00 (07:00 UTC, summer time): the limit is 24 real hours before, Saturday 07:00 UTC
        // (9.00 winter time), not the wall clock's Saturday 10.00 (08:00 UTC) across the night that had 23 hours
        long sunday = bookings.book(at(helsinki(LocalDate.of(2027, 3, 28), 10, 0)));
        assertThat(bookings.myAppointment(sunday).start()).isEqualTo(Instant.parse("2027-03-28T07:00:00Z"));
        long version = bookings.myAppointment(sunday).version();
        TestClock.set(Instant.parse("2027-03-27T07:30:00Z"));
        assertThat(bookings.myAppointment(sunday).changeableByResident()).isFalse();
        assertThatThrownBy(() -> bookings.cancelMine(sunday, version))
                .isInstanceOfSatisfying(BookingRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(BookingRefused.Reason.TOO_LATE));
        TestClock.set(Instant.parse("2027-03-27T06:59:00Z"));
        assertThat(bookings.myAppointment(sunday).changeableByResident()).isTrue();
        bookings.cancelMine(sunday, version);
        assertThat(bookings.myAppointment(sunday).status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void a_hundred_residents_booking_the_same_time_at_once_get_one_booking_and_ninety_nine_clear_answers()
            throws Exception {
        Instant slot = helsinki(nextWeekday(3), 9, 0);
        int threads = 100;
        List<String> people = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            people.add(hetu(100 + i));
            resident(people.getLast());
        }
        TestLogins.anonymous();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (String person : people) {
            done.add(pool.submit(() -> {
                resident(person);
                ready.countDown();
                go.await();
                try {
                    bookings.book(at(slot));
                    outcomes.computeIfAbsent("booked", k -> new AtomicInteger()).incrementAndGet();
                } catch (BookingRefused e) {
                    outcomes.computeIfAbsent(e.reason().name(), k -> new AtomicInteger()).incrementAndGet();
                } finally {
                    TestLogins.anonymous();
                }
                return null;
            }));
        }
        ready.await();
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyKeys("booked", "TAKEN");
        assertThat(outcomes.get("booked")).hasValue(1);
        assertThat(outcomes.get("TAKEN")).hasValue(99);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM appointment WHERE staff_subject = ? AND status = 'BOOKED'",
                Integer.class, staff)).isEqualTo(1);
    }

    @Test
    void overlapping_times_a_double_click_and_a_replayed_move_leave_one_active_booking() throws Exception {
        LocalDate day = nextWeekday(4);
        long anna = resident(hetu(300));
        resident(hetu(301));
        TestLogins.anonymous();
        // 10:00–11:00 and 10:30–11:30 with the same coordinator, released together: one wins
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> race = new ArrayList<>();
        String[] who = {hetu(300), hetu(301)};
        int[] minute = {0, 30};
        for (int i = 0; i < 2; i++) {
            int n = i;
            race.add(pool.submit(() -> {
                resident(who[n]);
                go.await();
                try {
                    bookings.book(at(helsinki(day, 10, minute[n])));
                    return "booked";
                } catch (BookingRefused e) {
                    return e.reason().name();
                } finally {
                    TestLogins.anonymous();
                }
            }));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : race) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results).containsExactlyInAnyOrder("booked", "TAKEN");

        // a double click: the same booking twice gives the same appointment
        resident(hetu(300));
        long first = bookings.book(at(helsinki(day, 8, 0)));
        assertThat(bookings.book(at(helsinki(day, 8, 0)))).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM appointment WHERE person_id = ? AND starts_at = ?"
                + " AND status = 'BOOKED'", Integer.class, anna,
                java.time.LocalDateTime.ofInstant(helsinki(day, 8, 0), java.time.ZoneOffset.UTC)))
                .isEqualTo(1);

        // a move, then the same old move replayed: refused, one active booking at the new time
        Appointment booked = bookings.myAppointment(first);
        FreeTime later = bookings.freeTimes(type, Way.IN_PERSON, null, null, helsinki(day, 11, 0), 1).getFirst();
        long version = bookings.moveMine(first, booked.version(), later);
        assertThat(version).isGreaterThan(booked.version());
        assertThatThrownBy(() -> bookings.moveMine(first, booked.version(), later))
                .isInstanceOfSatisfying(BookingRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(BookingRefused.Reason.CHANGED));
        assertThat(bookings.myAppointment(first).start()).isEqualTo(later.start());
        // the old time is free again, the new one is held
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking_hold WHERE appointment_id = ?", Integer.class,
                first)).isEqualTo(4 + 5);
    }

    @Test
    void the_calendar_file_keeps_its_uid_raises_its_sequence_and_cancels() throws Exception {
        LocalDate day = nextWeekday(2);
        resident(hetu(400));
        long id = bookings.book(at(helsinki(day, 9, 0)));
        Calendar booked = parse(bookings.myCalendarFile(id));
        booked.validate();
        VEvent event = booked.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        String uid = event.getProperty("UID").orElseThrow().getValue();
        assertThat(booked.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).doesNotContainIgnoringCase("test").contains("Tapaaminen");
        String raw = new String(bookings.myCalendarFile(id), StandardCharsets.UTF_8);
        assertThat(raw).contains("\r\n").doesNotContainPattern("[^\r]\n");

        Appointment a = bookings.myAppointment(id);
        long v = bookings.moveMine(id, a.version(),
                bookings.freeTimes(type, Way.IN_PERSON, null, null, helsinki(day, 11, 0), 1).getFirst());
        Calendar moved = parse(bookings.myCalendarFile(id));
        moved.validate();
        VEvent movedEvent = moved.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(movedEvent.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
        assertThat(movedEvent.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");

        bookings.cancelMine(id, v);
        Calendar cancelled = parse(bookings.myCalendarFile(id));
        cancelled.validate();
        assertThat(cancelled.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent cancelledEvent = cancelled.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(cancelledEvent.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
        assertThat(cancelledEvent.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(cancelledEvent.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void reminders_are_planned_once_per_offset_moved_with_the_time_and_dropped_at_a_cancel() {
        LocalDate day = nextWeekday(5);
        resident(hetu(500));
        long id = bookings.book(at(helsinki(day, 9, 0)));
        assertThat(jobs.isScheduled(Bookings.REMINDER_JOB, id + "/PT24H")).isTrue();
        assertThat(jobs.isScheduled(Bookings.REMINDER_JOB, id + "/PT2H")).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance LIKE ?",
                Integer.class, Bookings.REMINDER_JOB, id + "/%")).isEqualTo(2);
        Appointment a = bookings.myAppointment(id);
        long v = bookings.moveMine(id, a.version(),
                bookings.freeTimes(type, Way.IN_PERSON, null, null, helsinki(day, 11, 0), 1).getFirst());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance LIKE ?",
                Integer.class, Bookings.REMINDER_JOB, id + "/%")).isEqualTo(2);
        bookings.cancelMine(id, v);
        assertThat(jobs.isScheduled(Bookings.REMINDER_JOB, id + "/PT24H")).isFalse();
        assertThat(jobs.isScheduled(Bookings.REMINDER_JOB, id + "/PT2H")).isFalse();
    }

    @Test
    void another_resident_gets_not_found_and_non_client_staff_are_refused() {
        LocalDate day = nextWeekday(1);
        resident(hetu(600));
        long id = bookings.book(at(helsinki(day, 10, 0)));
        resident(hetu(601));
        for (long other : new long[] {id, id + 1_000_000}) {
            assertThatThrownBy(() -> bookings.myAppointment(other)).isInstanceOf(AppointmentNotFoundException.class);
            assertThatThrownBy(() -> bookings.cancelMine(other, 0)).isInstanceOf(AppointmentNotFoundException.class);
            assertThatThrownBy(() -> bookings.myCalendarFile(other)).isInstanceOf(AppointmentNotFoundException.class);
        }
        assertThat(bookings.mine().coming()).noneMatch(a -> a.id() == id);
        for (String role : new String[] {"SERVICE_EDITOR", "MANAGER", "PROFESSIONAL"}) {
            TestLogins.staff("bk-" + role, "Ei Asiakastyö", role);
            assertThatThrownBy(() -> bookings.appointment(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bookings.calendar(List.of(staff), helsinki(day, 0, 0), helsinki(day, 23, 0)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestLogins.staff("bk-coordinator", "Kaisa Koordinaattori", "COORDINATOR");
        assertThat(bookings.calendar(List.of(staff), helsinki(day, 0, 0), helsinki(day, 23, 0)))
                .extracting(Appointment::id).contains(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_id = 'bk-coordinator'"
                + " AND object_type = 'APPOINTMENT' AND object_id = ?", Integer.class, String.valueOf(id)))
                .isPositive();
    }

    @Test
    void a_phone_meeting_needs_a_number_and_a_time_outside_the_hours_is_not_offered() {
        LocalDate day = nextWeekday(2);
        resident(hetu(700));
        assertThatThrownBy(() -> bookings.book(new BookingRequest(type, staff, helsinki(day, 9, 0), Way.PHONE,
                "<script>alert(1)</script>", false, "fi", List.of())))
                .isInstanceOfSatisfying(BookingRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(BookingRefused.Reason.PHONE));
        long id = bookings.book(new BookingRequest(type, staff, helsinki(day, 9, 0), Way.PHONE, "040 123 4567", true,
                "sv", List.of()));
        assertThat(bookings.myAppointment(id).phone()).isEqualTo("040 123 4567");
        assertThatThrownBy(() -> bookings.book(at(helsinki(day, 13, 0))))
                .isInstanceOfSatisfying(BookingRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(BookingRefused.Reason.NOT_OFFERED));
        assertThatThrownBy(() -> bookings.book(at(helsinki(day, 9, 5))))
                .isInstanceOf(BookingRefused.class);
    }

    /** The next weekday {@code n} weeks' worth of days ahead (always a Tuesday to Thursday, never a holiday). */
    private static LocalDate nextWeekday(int weeks) {
        LocalDate d = HelsinkiTime.today(java.time.Clock.systemUTC()).plusWeeks(weeks);
        while (d.getDayOfWeek().getValue() < 2 || d.getDayOfWeek().getValue() > 4
                || fi.tyollisyystalo.base.time.FinnishHolidays.isHoliday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }
}
