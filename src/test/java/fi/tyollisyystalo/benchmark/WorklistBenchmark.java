package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.cpuModel;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.ms;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.percentile;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.messaging.MessageThread;
import fi.tyollisyystalo.messaging.SecureMessages;
import fi.tyollisyystalo.referral.ContactRequestService;
import fi.tyollisyystalo.referral.ContactSource;
import fi.tyollisyystalo.referral.ContactStatus;
import fi.tyollisyystalo.referral.ReferralPages;
import fi.tyollisyystalo.referral.WorklistFilter;

/**
 * The worklist and secure messages benchmark of issue #10 (docs/benchmarks.md): not a test, a program.
 * Starts the whole application on a fresh embedded MariaDB (no demo data), registers {@code persons}
 * residents through the real person registry, and seeds with plain JDBC batches {@code requests} open
 * contact requests (mixed states, sources, answer targets partly past) and {@code messages} messages in
 * threads, one thread with exactly 200 messages. Then, signed in as a coordinator, it times at the service
 * level (no HTTP, no Vaadin) the worklist's first page as the view asks it, the count of every open request,
 * the overdue count and the team opening the 200-message thread. Last, with the application's own web server,
 * {@code views} Chromium pages each sign in as the staff member {@code koordinaattori} through the real login
 * (our login page, the dev identity provider) and open the worklist; the live objects before and after (class
 * histograms, once idle connections have closed) give the heap one open worklist view holds, and ending their
 * sessions splits it into what the session holds and what stays in the server's pools. Run with
 * {@code mvn -o -Pbenchmark verify -Dbench.main=WorklistBenchmark}; sizes as
 * {@code -Dbench.jvmArgs="-Dbench.requests=10000 -Dbench.messages=100000 -Dbench.views=20"}.
 */
public final class WorklistBenchmark {

    private static final Path DB_DIR = Path.of("target/bench-worklist-mariadb");
    private static final Path INDEX_DIR = Path.of("target/bench-worklist-index");
    private static final int LONG_THREAD = 200;
    private static final int BATCH = 2_000;
    private static final String[] GIVEN = {"Aino", "Eino", "Helmi", "Onni", "Siiri", "Väinö", "Linnea", "Leo"};
    private static final String[] FAMILY = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen"};
    private static final ContactStatus[] OPEN = {ContactStatus.NEW, ContactStatus.WAITING_FOR_TEAM,
        ContactStatus.WAITING_FOR_RESIDENT, ContactStatus.IN_CONTACT};

    /** Keeps the results observable, so that no call can be optimised away. */
    static volatile long sink;

    public static void main(String[] args) {
        int persons = Integer.getInteger("bench.persons", 500);
        int requests = Integer.getInteger("bench.requests", 10_000);
        int messages = Integer.getInteger("bench.messages", 100_000);
        int threads = Integer.getInteger("bench.threads", 2_000);
        int warmup = Integer.getInteger("bench.worklistWarmup", 200);
        int calls = Integer.getInteger("bench.calls", 1_000);
        int views = Integer.getInteger("bench.views", 20);
        long seed = Long.getLong("bench.seed", 20_261_206L);
        BenchmarkSupport.run(DB_DIR, INDEX_DIR, List.of("--tyollisyystalo.demo-data.enabled=false"),
                (context, startup) -> {
                    log("started in %.1f s; %s, %d cores", startup.toMillis() / 1000.0, cpuModel(),
                            Runtime.getRuntime().availableProcessors());
                    Random random = new Random(seed);
                    List<Long> people = persons(context, persons, random);
                    seedRequests(context, people, requests, random);
                    long longThread = seedMessages(context, people, threads, messages, random);
                    TestLogins.staff("koordinaattori", "Kaisa Lehtonen", "COORDINATOR");
                    time(context, longThread, warmup, calls);
                    heap(context, views);
                });
    }

    /** Residents registered through the real registry (encrypted identity code, lookup hash). */
    private static List<Long> persons(ConfigurableApplicationContext context, int count, Random random) {
        long started = System.nanoTime();
        List<Long> ids = new ArrayList<>(count);
        LocalDate first = LocalDate.of(1965, 1, 1);
        for (int i = 0; i < count; i++) {
            Hetu hetu = Hetu.of(first.plusDays(i * 37L), 900 + i % 100);
            ids.add(TestLogins.resident(context, hetu.value(), GIVEN[random.nextInt(GIVEN.length)],
                    FAMILY[random.nextInt(FAMILY.length)]));
        }
        log("%d persons registered in %.1f s", count, (System.nanoTime() - started) / 1e9);
        return ids;
    }

    /** Open requests over the persons: the four open states, every source, answer targets from 10 days ago on. */
    private static void seedRequests(ConfigurableApplicationContext context, List<Long> people, int count,
            Random random) {
        long started = System.nanoTime();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Instant now = Instant.now();
        ContactSource[] sources = ContactSource.values();
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            Instant received = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
            Instant due = now.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20) - 60 * 24 * 10));
            boolean taken = random.nextInt(3) == 0;
            rows.add(new Object[] {people.get(random.nextInt(people.size())), sources[random.nextInt(sources.length)]
                    .name(), OPEN[random.nextInt(OPEN.length)].name(), utc(received), utc(due),
                random.nextBoolean() ? "PHONE" : "MESSAGE", "fi", "{}", taken ? "koordinaattori2" : null,
                taken ? "Antti Mäkelä" : null, utc(received)});
            if (rows.size() == BATCH || i == count - 1) {
                jdbc.batchUpdate("""
                        insert into contact_request (person_id, source, status, received_at, due_at, channel,
                          language, interpreter, answers, assignee_subject, assignee_name, updated_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, 0)""", rows);
                rows.clear();
            }
        }
        log("%d contact requests inserted in %.1f s (%d overdue of the team's turn)", count,
                (System.nanoTime() - started) / 1e9, jdbc.queryForObject("""
                        select count(*) from contact_request where status in ('NEW', 'WAITING_FOR_TEAM')
                          and due_at < utc_timestamp(6)""", Long.class));
    }

    /**
     * {@code threadCount} threads, the first with exactly {@value #LONG_THREAD} messages and the rest sharing the
     * other messages; returns the long thread's id.
     */
    private static long seedMessages(ConfigurableApplicationContext context, List<Long> people, int threadCount,
            int messageCount, Random random) {
        long started = System.nanoTime();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Instant start = Instant.now().minus(Duration.ofDays(60));
        long firstId = 1_000_000L;
        List<Object[]> threadRows = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            threadRows.add(new Object[] {firstId + t, people.get(t % people.size()), "Viestiketju " + t,
                utc(start), utc(Instant.now()), t % 2 == 0 ? "RESIDENT" : "TEAM"});
        }
        jdbc.batchUpdate("""
                insert into message_thread (id, person_id, subject, created_at, last_message_at, last_author_side)
                values (?, ?, ?, ?, ?, ?)""", threadRows);
        List<Object[]> rows = new ArrayList<>(BATCH);
        int others = Math.max(1, threadCount - 1);
        for (int m = 0; m < messageCount; m++) {
            long thread = m < LONG_THREAD ? firstId : firstId + 1 + (m - LONG_THREAD) % others;
            boolean team = m % 2 == 1;
            rows.add(new Object[] {thread, team ? "TEAM" : "RESIDENT", team ? "Kaisa Lehtonen" : null,
                team ? "koordinaattori" : null, body(m, random), utc(start.plusSeconds(m * 30L))});
            if (rows.size() == BATCH || m == messageCount - 1) {
                jdbc.batchUpdate("""
                        insert into message (thread_id, side, author_name, staff_subject, body, sent_at)
                        values (?, ?, ?, ?, ?, ?)""", rows);
                rows.clear();
            }
        }
        log("%d threads and %d messages inserted in %.1f s; the long thread has %d messages", threadCount,
                messageCount, (System.nanoTime() - started) / 1e9,
                jdbc.queryForObject("select count(*) from message where thread_id = ?", Long.class, firstId));
        return firstId;
    }

    private static String body(int m, Random random) {
        String base = "Hei, kiitos viestistä. Voimme sopia ajan ensi viikolle; soitan tiistaina aamupäivällä. ";
        return base.repeat(1 + random.nextInt(4)) + "(" + m + ")";
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Warm-up, then the timed calls one after another, as the coordinator signed in. */
    private static void time(ConfigurableApplicationContext context, long longThread, int warmup, int calls) {
        ContactRequestService requests = context.getBean(ContactRequestService.class);
        SecureMessages messages = context.getBean(SecureMessages.class);
        WorklistFilter overdue = new WorklistFilter(null, true, false, null);
        Map<String, Supplier<Long>> timed = new java.util.LinkedHashMap<>();
        timed.put("worklist(ALL_OPEN, 0, 50) — the first page", () -> {
            var page = requests.worklist(WorklistFilter.ALL_OPEN, 0, 50);
            if (page.size() != 50) {
                throw new IllegalStateException("first page has " + page.size() + " rows");
            }
            return (long) page.size();
        });
        timed.put("count(ALL_OPEN)", () -> requests.count(WorklistFilter.ALL_OPEN));
        timed.put("count(overdue)", () -> requests.count(overdue));
        timed.put("openTeamThread(200 messages)", () -> {
            MessageThread thread = messages.openTeamThread(longThread);
            if (thread.messages().size() != LONG_THREAD) {
                throw new IllegalStateException("thread has " + thread.messages().size() + " messages");
            }
            return (long) thread.messages().size();
        });
        timed.forEach((label, call) -> {
            for (int i = 0; i < warmup; i++) {
                sink += call.get();
            }
        });
        log("| call | calls | p50 ms | p95 ms | p99 ms | max ms |");
        log("|---|---:|---:|---:|---:|---:|");
        timed.forEach((label, call) -> {
            long[] nanos = new long[calls];
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                sink += call.get();
                nanos[i] = System.nanoTime() - t0;
            }
            log("| %s | %d | %.2f | %.2f | %.2f | %.2f |", label, calls, ms(percentile(nanos, 0.50)),
                    ms(percentile(nanos, 0.95)), ms(percentile(nanos, 0.99)), ms(percentile(nanos, 1.0)));
        });
        log("open requests: %d, overdue: %d", requests.count(WorklistFilter.ALL_OPEN), requests.count(overdue));
        baseline(context.getBean(JdbcTemplate.class), warmup, calls);
    }

    /** The worklist's own query (as Hibernate sends it, in SQL) over plain JDBC, and MariaDB's plan for it. */
    private static void baseline(JdbcTemplate jdbc, int warmup, int calls) {
        String sql = """
                select * from contact_request
                where status in ('NEW', 'WAITING_FOR_TEAM', 'WAITING_FOR_RESIDENT', 'IN_CONTACT')
                order by worklist_rank, due_at, id
                limit 50""";
        for (int i = 0; i < warmup; i++) {
            sink += jdbc.queryForList(sql).size();
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            sink += jdbc.queryForList(sql).size();
            nanos[i] = System.nanoTime() - t0;
        }
        log("| JDBC: the worklist query alone, first 50 | %d | %.2f | %.2f | %.2f | %.2f |", calls,
                ms(percentile(nanos, 0.50)), ms(percentile(nanos, 0.95)), ms(percentile(nanos, 0.99)),
                ms(percentile(nanos, 1.0)));
        jdbc.queryForList("explain " + sql).forEach(row -> log("explain: %s", row));
    }

    /**
     * The live heap of open worklist views ({@link LiveHeap}): real Chromium pages, each its own browser context
     * (own session), signed in as {@code koordinaattori} through the real login and showing the worklist's first
     * page.
     */
    private static void heap(ConfigurableApplicationContext context, int views) throws Exception {
        if (views > 0) {
            LiveHeap.measure(context, "worklist", views, "/" + ReferralPages.WORKLIST, "#contact-requests a",
                    "koordinaattori");
        }
    }

    private WorklistBenchmark() {
    }
}
