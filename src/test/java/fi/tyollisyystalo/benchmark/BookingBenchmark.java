package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.cpuModel;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.ms;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.percentile;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.time.WorkingDays;
import fi.tyollisyystalo.booking.BookingRefused;
import fi.tyollisyystalo.booking.BookingRequest;
import fi.tyollisyystalo.booking.BookingSettings;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.FreeTime;
import fi.tyollisyystalo.booking.Way;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * The booking benchmark of issue #11 (docs/benchmarks.md): not a test, a program. Starts the whole application
 * on a fresh embedded MariaDB (no demo data) and seeds with plain JDBC batches two groups of {@code staff}
 * staff members with weekday hours 8–16 (Helsinki) over the booking horizon (12 weeks), each group with
 * {@code bookings} existing quarter-hour appointments and their {@code booking_hold} rows: group "spread" at
 * random quarter hours over the whole horizon, group "front" filling the earliest working days completely (the
 * earliest free time then lies weeks ahead, so the finder reads week after week of holds). Each group has a
 * 30-minute type residents book. Then, through the real {@link Bookings} service (no HTTP, no Vaadin):
 * the earliest free time as a resident sees it; uncontended bookings one after another (a resident's
 * {@code book}, another resident's {@code book} of the same time answered TAKEN, a coordinator's
 * {@code bookFor}); and {@code rounds} contention rounds in which
 * {@code contenders} threads, each signed in as its own resident, are released together on one free time:
 * exactly one must book, the rest must be told TAKEN. Run with
 * {@code mvn -o -Pbenchmark verify -Dbench.main=BookingBenchmark}; sizes as
 * {@code -Dbench.jvmArgs="-Dbench.bookings=10000 -Dbench.rounds=10 -Dbench.gate=4"}.
 */
public final class BookingBenchmark {

    private static final Path DB_DIR = Path.of("target/bench-booking-mariadb");
    private static final Path INDEX_DIR = Path.of("target/bench-booking-index");
    private static final int BATCH = 2_000;
    private static final int MINUTES = 30;
    private static final int QUARTERS_A_DAY = 32;
    private static final long FIRST_SEEDED_ID = 10_000_000L;
    private static final String[] GIVEN = {"Aino", "Eino", "Helmi", "Onni", "Siiri", "Väinö", "Linnea", "Leo"};
    private static final String[] FAMILY = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen"};

    /** Keeps the results observable, so that no call can be optimised away. */
    static volatile long sink;

    private static int hetuSerial;

    /** A staff group: its role, the type residents book (30 min) and the type of its seeded appointments (15 min). */
    private record Group(String name, String role, long typeId, long seededTypeId, List<String> staff) {
    }

    /** What one contender got. */
    private enum Outcome { BOOKED, TAKEN, BUSY, OTHER_REFUSAL, ERROR }

    public static void main(String[] args) {
        int staff = Integer.getInteger("bench.staff", 10);
        int bookings = Integer.getInteger("bench.bookings", 10_000);
        int freeWarmup = Integer.getInteger("bench.freeWarmup", 200);
        int freeCalls = Integer.getInteger("bench.freeCalls", 1_000);
        int bookWarmup = Integer.getInteger("bench.bookWarmup", 100);
        int bookCalls = Integer.getInteger("bench.bookCalls", 500);
        int rounds = Integer.getInteger("bench.rounds", 10);
        int contenders = Integer.getInteger("bench.contenders", 100);
        long seed = Long.getLong("bench.seed", 20_261_207L);
        List<String> properties = new ArrayList<>(List.of("--tyollisyystalo.demo-data.enabled=false"));
        String gate = System.getProperty("bench.gate");
        if (gate != null && !gate.isBlank()) {
            properties.add("--tyollisyystalo.booking.concurrent-bookings=" + gate);
        }
        BenchmarkSupport.run(DB_DIR, INDEX_DIR, properties, (context, startup) -> {
            log("started in %.1f s; %s, %d cores", startup.toMillis() / 1000.0, cpuModel(),
                    Runtime.getRuntime().availableProcessors());
            BookingSettings settings = context.getBean(BookingSettings.class);
            log("booking gate: %d booking transactions at once (busy wait %s); database pool: %s connections",
                    settings.concurrentBookings(), settings.busyWait(), context.getEnvironment()
                            .getProperty("spring.datasource.hikari.maximum-pool-size", "10 (Hikari's default)"));
            Random random = new Random(seed);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            List<Long> seededPeople = persons(context, 200, random);
            List<Authentication> bookers = signIns(context, 20, random);
            List<Authentication> racers = signIns(context, contenders, random);
            List<Long> clients = persons(context, 20, random);
            Group spread = group(jdbc, "spread", "BENCH", staff);
            Group front = group(jdbc, "front", "BENCHF", staff);
            Instant now = Instant.now();
            List<Instant[]> quarters = quarters(now, settings);
            seed(jdbc, spread, quarters, bookings, seededPeople.subList(0, 100), random, true);
            seed(jdbc, front, quarters, bookings, seededPeople.subList(100, 200), random, false);
            Bookings service = context.getBean(Bookings.class);
            earliest(context, service, jdbc, bookers.getFirst(), List.of(spread, front), freeWarmup, freeCalls);
            uncontended(service, spread, bookers, racers, clients, bookWarmup, bookCalls);
            contention(service, jdbc, front, racers, rounds, now.plus(java.time.Duration.ofDays(56)));
            log("appointments now: %d booked, holds: %d",
                    jdbc.queryForObject("select count(*) from appointment where status = 'BOOKED'", Long.class),
                    jdbc.queryForObject("select count(*) from booking_hold", Long.class));
        });
    }

    // --- seeding ---------------------------------------------------------------------------------------

    private static List<Long> persons(ConfigurableApplicationContext context, int count, Random random) {
        long started = System.nanoTime();
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(TestLogins.resident(context, nextHetu(), GIVEN[random.nextInt(GIVEN.length)],
                    FAMILY[random.nextInt(FAMILY.length)]));
        }
        log("%d persons registered in %.1f s", count, (System.nanoTime() - started) / 1e9);
        return ids;
    }

    /** Residents registered and signed in once; their authentications, to be put in any thread's context. */
    private static List<Authentication> signIns(ConfigurableApplicationContext context, int count, Random random) {
        List<Authentication> signed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            TestLogins.resident(context, nextHetu(), GIVEN[random.nextInt(GIVEN.length)],
                    FAMILY[random.nextInt(FAMILY.length)]);
            signed.add(SecurityContextHolder.getContext().getAuthentication());
        }
        TestLogins.anonymous();
        return signed;
    }

    private static String nextHetu() {
        int i = hetuSerial++;
        return Hetu.of(LocalDate.of(1960, 1, 1).plusDays(i * 41L), 900 + i % 100).value();
    }

    /** The group's two types and its staff's weekday hours 8–16, remote (video), Finnish and Swedish. */
    private static Group group(JdbcTemplate jdbc, String name, String role, int staff) {
        jdbc.update("""
                insert into appointment_type (code, name_fi, name_sv, name_en, minutes, buffer_minutes, ways,
                  booked_by, staff_role, active) values (?, ?, ?, ?, ?, 0, 'VIDEO,PHONE', 'RESIDENT', ?, true)""",
                role, "Tapaaminen " + name, "Möte " + name, "Meeting " + name, MINUTES, role);
        jdbc.update("""
                insert into appointment_type (code, name_fi, name_sv, name_en, minutes, buffer_minutes, ways,
                  booked_by, staff_role, active) values (?, ?, ?, ?, 15, 0, 'VIDEO,PHONE', 'STAFF', ?, true)""",
                role + "_Q", "Lyhyt " + name, "Kort " + name, "Short " + name, role);
        long type = jdbc.queryForObject("select id from appointment_type where code = ?", Long.class, role);
        long seeded = jdbc.queryForObject("select id from appointment_type where code = ?", Long.class, role + "_Q");
        List<String> subjects = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            String subject = "bench-" + name + "-" + i;
            subjects.add(subject);
            for (int weekday = 1; weekday <= 5; weekday++) {
                rows.add(new Object[] {subject, String.format("Työntekijä %s %02d", name, i), role, weekday});
            }
        }
        jdbc.batchUpdate("""
                insert into availability (staff_subject, staff_name, staff_role, weekday, starts, ends, location,
                  languages) values (?, ?, ?, ?, '08:00:00', '16:00:00', null, 'fi,sv')""", rows);
        return new Group(name, role, type, seeded, subjects);
    }

    /**
     * Every bookable quarter hour of the horizon as {start, index}: working days (Finnish holidays closed)
     * from today, 8.00–16.00 Helsinki, from three hours ahead (past the resident's minimum notice).
     */
    private static List<Instant[]> quarters(Instant now, BookingSettings settings) {
        List<Instant[]> all = new ArrayList<>();
        Instant first = now.plus(java.time.Duration.ofHours(3));
        Instant last = now.plus(settings.horizon()).minus(java.time.Duration.ofDays(1));
        LocalDate day = HelsinkiTime.at(now).toLocalDate();
        int days = 0;
        for (; !day.isAfter(HelsinkiTime.at(last).toLocalDate()); day = day.plusDays(1)) {
            if (!WorkingDays.isWorkingDay(day)) {
                continue;
            }
            days++;
            for (int q = 0; q < QUARTERS_A_DAY; q++) {
                Instant t = ZonedDateTime.of(day, LocalTime.of(8, 0).plusMinutes(15L * q), HelsinkiTime.ZONE)
                        .toInstant();
                if (!t.isBefore(first)) {
                    all.add(new Instant[] {t});
                }
            }
        }
        log("horizon: %d working days, %d bookable quarter hours per staff member", days, all.size());
        return all;
    }

    /**
     * {@code count} quarter-hour appointments of the group's staff with their holds: at random quarter hours
     * ({@code spread}) or the earliest ones first. Persons are dealt round the time-sorted list, so that no
     * person holds one quarter hour twice.
     */
    private static void seed(JdbcTemplate jdbc, Group group, List<Instant[]> quarters, int count, List<Long> people,
            Random random, boolean spread) {
        long started = System.nanoTime();
        List<long[]> cells = new ArrayList<>(); // {quarter index, staff index}
        for (int q = 0; q < quarters.size(); q++) {
            for (int s = 0; s < group.staff().size(); s++) {
                cells.add(new long[] {q, s});
            }
        }
        if (count > cells.size()) {
            throw new IllegalStateException(count + " bookings do not fit in " + cells.size() + " quarter hours");
        }
        if (spread) {
            Collections.shuffle(cells, random);
        }
        List<long[]> chosen = new ArrayList<>(cells.subList(0, count));
        chosen.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
        long idBase = FIRST_SEEDED_ID + (spread ? 0 : 5_000_000L);
        LocalDateTime created = utc(Instant.now());
        List<Object[]> appointments = new ArrayList<>(BATCH);
        List<Object[]> holds = new ArrayList<>(2 * BATCH);
        for (int k = 0; k < chosen.size(); k++) {
            long[] c = chosen.get(k);
            long id = idBase + k;
            Instant start = quarters.get((int) c[0])[0];
            LocalDateTime from = utc(start);
            LocalDateTime until = utc(start.plus(java.time.Duration.ofMinutes(15)));
            String subject = group.staff().get((int) c[1]);
            long person = people.get(k % people.size());
            appointments.add(new Object[] {id, "bench-" + id, group.seededTypeId(), person, subject,
                String.format("Työntekijä %s %02d", group.name(), c[1]), from, until, until, created, created});
            holds.add(new Object[] {"S:" + subject, from, id});
            holds.add(new Object[] {"P:" + person, from, id});
            if (appointments.size() == BATCH || k == chosen.size() - 1) {
                jdbc.batchUpdate("""
                        insert into appointment (id, uid, type_id, person_id, staff_subject, staff_name, starts_at,
                          ends_at, blocked_until, way, location, phone, interpreter, language, status, sequence_no,
                          version, booked_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'VIDEO', null, null, false, 'fi', 'BOOKED', 0, 0, 'STAFF',
                          ?, ?)""", appointments);
                jdbc.batchUpdate("insert into booking_hold (holder, grain_start, appointment_id) values (?, ?, ?)",
                        holds);
                appointments.clear();
                holds.clear();
            }
        }
        long[] last = chosen.getLast();
        log("group %s: %d appointments (%.0f%% of its %d staff quarter hours, %s) and %d holds in %.1f s; the last"
                + " starts %s", group.name(), count, 100.0 * count / cells.size(), cells.size(),
                spread ? "at random over the horizon" : "the earliest first", 2 * count,
                (System.nanoTime() - started) / 1e9, HelsinkiTime.at(quarters.get((int) last[0])[0]).toLocalDateTime());
        jdbc.execute("analyze table booking_hold, appointment");
    }

    // --- the measurements ------------------------------------------------------------------------------

    /** The earliest free time as a resident asks it, in both groups; a plain JDBC hold read; MariaDB's plan. */
    private static void earliest(ConfigurableApplicationContext context, Bookings service, JdbcTemplate jdbc,
            Authentication resident, List<Group> groups, int warmup, int calls) {
        SecurityContextHolder.setContext(new SecurityContextImpl(resident));
        Map<String, Supplier<List<FreeTime>>> timed = new LinkedHashMap<>();
        for (Group g : groups) {
            timed.put("freeTimes(" + g.name() + ", limit 1) — the earliest",
                    () -> service.freeTimes(g.typeId(), null, null, null, null, 1));
            timed.put("freeTimes(" + g.name() + ", limit 10)",
                    () -> service.freeTimes(g.typeId(), null, null, null, null, 10));
        }
        timed.forEach((label, call) -> {
            List<FreeTime> found = call.get();
            if (found.isEmpty()) {
                throw new IllegalStateException(label + " found no free time");
            }
            log("%s: first %s with %s (%d found)", label, HelsinkiTime.at(found.getFirst().start())
                    .toLocalDateTime(), found.getFirst().staffName(), found.size());
        });
        table();
        timed.forEach((label, call) -> row(label, warmup, calls, () -> (long) call.get().size()));
        Group front = groups.getLast();
        List<String> holders = front.staff().stream().map(s -> "S:" + s).toList();
        String marks = String.join(",", Collections.nCopies(holders.size(), "?"));
        String sql = "select holder, grain_start from booking_hold where holder in (" + marks
                + ") and grain_start >= ? and grain_start < ?";
        List<Object> args = new ArrayList<>(holders);
        Instant weekFrom = Instant.now().truncatedTo(ChronoUnit.DAYS);
        args.add(utc(weekFrom));
        args.add(utc(weekFrom.plus(java.time.Duration.ofDays(7))));
        row("JDBC: one week's holds of the front group's staff", warmup, calls,
                () -> (long) jdbc.queryForList(sql, args.toArray()).size());
        log("one week of the front group's staff holds %d quarter hours",
                jdbc.queryForList(sql, args.toArray()).size());
        jdbc.queryForList("explain " + sql, args.toArray()).forEach(r -> log("explain: %s", r));
        TestLogins.anonymous();
    }

    /**
     * Bookings one after another: a resident's {@code book} of distinct free times, another resident's {@code book}
     * of the same times (each answered TAKEN: the path most contenders take) and a coordinator's {@code bookFor}.
     */
    private static void uncontended(Bookings service, Group group, List<Authentication> residents,
            List<Authentication> others, List<Long> clients, int warmup, int calls) {
        TestLogins.staff("koordinaattori", "Kaisa Lehtonen", "COORDINATOR");
        Instant from = Instant.now().plus(java.time.Duration.ofHours(3));
        List<FreeTime> forResidents = freeTimes(service, group, from, warmup + calls);
        List<FreeTime> forStaff = new ArrayList<>(freeTimes(service, group, from, 2 * (warmup + calls)));
        forStaff.removeAll(forResidents);
        if (forStaff.size() < warmup + calls) {
            throw new IllegalStateException("only " + forStaff.size() + " further free times");
        }
        table();
        int[] k = {0};
        row("book — resident, distinct free times", warmup, calls, () -> {
            int i = k[0]++;
            SecurityContextHolder.setContext(new SecurityContextImpl(residents.get(i % residents.size())));
            FreeTime t = forResidents.get(i);
            return service.book(new BookingRequest(group.typeId(), t.staffSubject(), t.start(), Way.VIDEO, null,
                    false, "fi", List.of()));
        });
        k[0] = 0;
        row("book of a time booked already (answer TAKEN) — another resident", warmup, calls, () -> {
            int i = k[0]++;
            SecurityContextHolder.setContext(new SecurityContextImpl(others.get(i % others.size())));
            FreeTime t = forResidents.get(i);
            try {
                service.book(new BookingRequest(group.typeId(), t.staffSubject(), t.start(), Way.VIDEO, null, false,
                        "fi", List.of()));
            } catch (BookingRefused e) {
                if (e.reason() == BookingRefused.Reason.TAKEN) {
                    return 0L;
                }
                throw e;
            }
            throw new IllegalStateException("a time booked already was booked again");
        });
        TestLogins.staff("koordinaattori", "Kaisa Lehtonen", "COORDINATOR");
        k[0] = 0;
        row("bookFor — coordinator for a client, distinct free times", warmup, calls, () -> {
            int i = k[0]++;
            FreeTime t = forStaff.get(i);
            return service.bookFor(clients.get(i % clients.size()), new BookingRequest(group.typeId(),
                    t.staffSubject(), t.start(), Way.PHONE, "+358 40 123 4567", false, "fi", List.of()));
        });
        TestLogins.anonymous();
    }

    /** At least {@code count} free times of the group from {@code from} on, as staff see them (no person filter). */
    private static List<FreeTime> freeTimes(Bookings service, Group group, Instant from, int count) {
        List<FreeTime> all = new ArrayList<>();
        Instant next = from;
        while (all.size() < count) {
            List<FreeTime> page = service.freeTimes(group.typeId(), null, null, null, next, 200);
            if (page.isEmpty()) {
                throw new IllegalStateException("only " + all.size() + " free times");
            }
            if (page.size() < 200) {
                all.addAll(page);
                break;
            }
            Instant lastStart = page.getLast().start();
            page.stream().filter(t -> t.start().isBefore(lastStart)).forEach(all::add);
            if (page.stream().allMatch(t -> t.start().equals(lastStart))) {
                all.addAll(page);
                next = lastStart.plusSeconds(60);
            } else {
                next = lastStart;
            }
        }
        if (all.size() < count) {
            throw new IllegalStateException("only " + all.size() + " free times");
        }
        return all.subList(0, count);
    }

    /**
     * Contention: one warm-up round and {@code rounds} timed ones, each on its own free time of the group (a
     * different start each round), {@code racers.size()} threads released together by a latch, each with its
     * own resident's security context, each calling {@code book} once.
     */
    private static void contention(Bookings service, JdbcTemplate jdbc, Group group, List<Authentication> racers,
            int rounds, Instant from) throws Exception {
        TestLogins.staff("koordinaattori", "Kaisa Lehtonen", "COORDINATOR");
        List<FreeTime> slots = new ArrayList<>();
        for (FreeTime t : freeTimes(service, group, from, 200)) {
            if (slots.isEmpty() || !slots.getLast().start().equals(t.start())) {
                slots.add(t);
            }
        }
        TestLogins.anonymous();
        if (slots.size() < rounds + 1) {
            throw new IllegalStateException("only " + slots.size() + " distinct free starts for the rounds");
        }
        int n = racers.size();
        long[] all = new long[rounds * n];
        long[] walls = new long[rounds];
        Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            for (int round = 0; round <= rounds; round++) {
                FreeTime slot = slots.get(round);
                BookingRequest request = new BookingRequest(group.typeId(), slot.staffSubject(), slot.start(),
                        Way.VIDEO, null, false, "fi", List.of());
                CountDownLatch ready = new CountDownLatch(n);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Object[]>> results = new ArrayList<>();
                for (Authentication racer : racers) {
                    results.add(pool.submit(() -> {
                        SecurityContextHolder.setContext(new SecurityContextImpl(racer));
                        try {
                            ready.countDown();
                            go.await();
                            long t0 = System.nanoTime();
                            Outcome outcome;
                            try {
                                sink += service.book(request);
                                outcome = Outcome.BOOKED;
                            } catch (BookingRefused e) {
                                outcome = switch (e.reason()) {
                                    case TAKEN -> Outcome.TAKEN;
                                    case BUSY -> Outcome.BUSY;
                                    default -> Outcome.OTHER_REFUSAL;
                                };
                            } catch (RuntimeException e) {
                                e.printStackTrace();
                                outcome = Outcome.ERROR;
                            }
                            return new Object[] {outcome, System.nanoTime() - t0};
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }));
                }
                ready.await();
                long started = System.nanoTime();
                go.countDown();
                Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
                for (int i = 0; i < n; i++) {
                    Object[] r = results.get(i).get();
                    counts.merge((Outcome) r[0], 1, Integer::sum);
                    if (round > 0) {
                        all[(round - 1) * n + i] = (long) r[1];
                    }
                }
                long wall = System.nanoTime() - started;
                long booked = jdbc.queryForObject("select count(*) from appointment where staff_subject = ? and"
                        + " starts_at = ? and status = 'BOOKED'", Long.class, slot.staffSubject(), utc(slot.start()));
                log("round %s on %s %s: %s; %d appointment(s) in the database; all answered in %.1f ms",
                        round == 0 ? "warm-up" : String.valueOf(round), slot.staffName(),
                        HelsinkiTime.at(slot.start()).toLocalDateTime(), counts, booked, ms(wall));
                if (counts.getOrDefault(Outcome.BOOKED, 0) != 1 || counts.getOrDefault(Outcome.TAKEN, 0) != n - 1
                        || booked != 1) {
                    throw new IllegalStateException("round " + round + " is not 1 booked + " + (n - 1)
                            + " TAKEN: " + counts + ", " + booked + " in the database");
                }
                if (round > 0) {
                    walls[round - 1] = wall;
                    counts.forEach((o, c) -> totals.merge(o, c, Integer::sum));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        log("contention: %d rounds × %d threads: %s", rounds, n, totals);
        table();
        log("| book — %d threads on one time, every call of %d rounds | %d | %.2f | %.2f | %.2f | %.2f |", n, rounds,
                all.length, ms(percentile(all, 0.50)), ms(percentile(all, 0.95)), ms(percentile(all, 0.99)),
                ms(percentile(all, 1.0)));
        log("| a whole round (release to the last answer) | %d | %.2f | %.2f | %.2f | %.2f |", rounds,
                ms(percentile(walls, 0.50)), ms(percentile(walls, 0.95)), ms(percentile(walls, 0.99)),
                ms(percentile(walls, 1.0)));
    }

    private static void table() {
        log("| call | calls | p50 ms | p95 ms | p99 ms | max ms |");
        log("|---|---:|---:|---:|---:|---:|");
    }

    /** Warm-up calls, then timed calls one after another, one table row. */
    private static void row(String label, int warmup, int calls, Supplier<Long> call) {
        for (int i = 0; i < warmup; i++) {
            sink += call.get();
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            sink += call.get();
            nanos[i] = System.nanoTime() - t0;
        }
        log("| %s | %d | %.2f | %.2f | %.2f | %.2f |", label, calls, ms(percentile(nanos, 0.50)),
                ms(percentile(nanos, 0.95)), ms(percentile(nanos, 0.99)), ms(percentile(nanos, 1.0)));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private BookingBenchmark() {
    }
}
