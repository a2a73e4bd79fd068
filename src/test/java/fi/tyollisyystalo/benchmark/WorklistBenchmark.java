package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.cpuModel;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.ms;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.percentile;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
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

import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

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
     * The live heap of open worklist views: real Chromium pages, each its own browser context (own session),
     * signed in through the real login and showing the worklist's first page. The browser is driven from a
     * child JVM ({@link OpenViews}) so that the Playwright client's own objects are not counted in this
     * server's heap. One view is opened first as a warm-up (classes, caches). Before and after the others, once
     * Tomcat has closed the idle connections, the live objects are read (class histogram after a full collection,
     * and the heap used by {@code MemoryMXBean} for comparison); then the new views' HTTP sessions are ended and
     * they are read again, which separates what the sessions held from what stays in the server.
     */
    private static void heap(ConfigurableApplicationContext context, int views) throws Exception {
        if (views <= 0) {
            return;
        }
        String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenViews.class.getName(), base, String.valueOf(views))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8)); var in = child.getOutputStream()) {
            expect(out, "WARM");
            Tomcat tomcat = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer()).getTomcat();
            long settle = Long.getLong("bench.settleSeconds", 120);
            awaitIdleConnections(tomcat, settle);
            long before = liveHeap();
            // the histograms go to files: a map of them on the heap would be counted in the figure it explains
            Path histogramBefore = histogram("before");
            java.util.Set<String> sessionsBefore = sessionIds(tomcat);
            heapDump("before");
            in.write('\n');
            in.flush();
            String opened = expect(out, "OPEN");
            log("%d worklist views opened in %s s (a child JVM drives Chromium)", views, opened.substring(5));
            awaitIdleConnections(tomcat, settle);
            long after = liveHeap();
            heapDump("after");
            Path histogramAfter = histogram("after");
            int ended = 0;
            for (org.apache.catalina.Session session : manager(tomcat).findSessions()) {
                if (!sessionsBefore.contains(session.getIdInternal())) {
                    session.expire();
                    ended++;
                }
            }
            long afterSessions = liveHeap();
            Path histogramSessionsEnded = histogram("sessions-ended");
            printHistogramGrowth(readHistogram(histogramBefore), readHistogram(histogramAfter), views);
            long[] objects = {liveBytes(histogramBefore), liveBytes(histogramAfter), liveBytes(histogramSessionsEnded)};
            log("live objects (class histograms): before %.1f MB, after %.1f MB with %d more open worklist views: %.0f KB"
                    + " per view", objects[0] / 1048576.0, objects[1] / 1048576.0, views,
                    (objects[1] - objects[0]) / 1024.0 / views);
            log("after ending their %d HTTP sessions %.1f MB: %.0f KB per view was held by the session (HTTP session,"
                    + " security context, Vaadin session and UI), %.0f KB per view stays in the server (pools that"
                    + " grow with simultaneous connections, the dev identity provider)", ended,
                    objects[2] / 1048576.0, (objects[1] - objects[2]) / 1024.0 / views,
                    (objects[2] - objects[0]) / 1024.0 / views);
            log("heap used (MemoryMXBean, includes the collector's unfilled space): before %.1f MB, after %.1f MB"
                    + " (%.0f KB per view), after the sessions ended %.1f MB", before / 1048576.0, after / 1048576.0,
                    (after - before) / 1024.0 / views, afterSessions / 1048576.0);
            in.write('\n');
            in.flush();
            expect(out, "CLOSED");
        } finally {
            if (!child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    private static String expect(java.io.BufferedReader out, String word) throws java.io.IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(word)) {
                return line;
            }
        }
        throw new IllegalStateException("the browser process ended before " + word);
    }

    /**
     * The browser side of the heap figure, in its own JVM: opens one worklist view, says WARM, waits for a line,
     * opens {@code views} more (all kept open), checks each shows rows, says OPEN and the seconds, waits for a
     * line, closes everything and says CLOSED.
     */
    public static final class OpenViews {

        public static void main(String[] args) throws Exception {
            String base = args[0];
            int views = Integer.parseInt(args[1]);
            var stdin = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8));
            try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                "--no-first-run")));
                List<BrowserContext> open = new ArrayList<>();
                open.add(openWorklist(browser, base));
                System.out.println("WARM");
                System.out.flush();
                stdin.readLine();
                long started = System.nanoTime();
                for (int i = 0; i < views; i++) {
                    open.add(openWorklist(browser, base));
                }
                for (BrowserContext c : open) {
                    if (c.pages().getFirst().locator("#contact-requests a").count() == 0) {
                        throw new IllegalStateException("a worklist view shows no rows");
                    }
                }
                System.out.printf(java.util.Locale.ROOT, "OPEN %.1f%n", (System.nanoTime() - started) / 1e9);
                System.out.flush();
                stdin.readLine();
                open.forEach(BrowserContext::close);
                browser.close();
            }
            System.out.println("CLOSED");
            System.out.flush();
        }

        private OpenViews() {
        }
    }

    private static BrowserContext openWorklist(Browser browser, String base) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI")
                .setViewportSize(1280, 900).setTimezoneId("Europe/Helsinki"));
        c.setDefaultTimeout(60_000);
        Page page = c.newPage();
        page.navigate(base + "/" + ReferralPages.WORKLIST);
        waitForVaadin(page);
        page.locator("#login-staff").click();
        page.locator("button[data-username='koordinaattori']").click();
        waitForVaadin(page);
        page.locator("#contact-requests a").first().waitFor();
        return c;
    }

    private static void waitForVaadin(Page p) {
        p.waitForLoadState();
        p.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"
                + " && document.querySelector('h1') !== null");
    }

    /**
     * Waits (at most {@code seconds}) until Tomcat has no open connection: an idle browser's connections stay open
     * for the keep-alive timeout (60 s) and hold their buffers until then. Tomcat's count includes the one its
     * acceptor has already counted for the next connection, so idle is 1.
     */
    private static void awaitIdleConnections(Tomcat tomcat, long seconds) throws InterruptedException {
        var http = (org.apache.coyote.AbstractProtocol<?>) tomcat.getConnector().getProtocolHandler();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        while (http.getConnectionCount() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        log("%d open connections after waiting %.0f s for idle ones to close (keep-alive timeout %d ms)",
                http.getConnectionCount() - 1, (System.nanoTime() - started) / 1e9, http.getKeepAliveTimeout());
    }

    private static org.apache.catalina.Manager manager(Tomcat tomcat) {
        return ((org.apache.catalina.Context) tomcat.getHost().findChildren()[0]).getManager();
    }

    private static java.util.Set<String> sessionIds(Tomcat tomcat) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (org.apache.catalina.Session session : manager(tomcat).findSessions()) {
            ids.add(session.getIdInternal());
        }
        return ids;
    }

    /**
     * The live class histogram as {@code jcmd GC.class_histogram} prints it, written to
     * {@code target/bench-worklist-histogram-<name>.txt}.
     */
    private static Path histogram(String name) throws java.io.IOException {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return java.nio.file.Files.writeString(Path.of("target", "bench-worklist-histogram-" + name + ".txt"),
                    text);
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of all live objects, from the total line of a histogram file. */
    private static long liveBytes(Path histogram) throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(histogram)) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3 && f[0].equals("Total")) {
                return Long.parseLong(f[2]);
            }
        }
        throw new IllegalStateException("no total in " + histogram);
    }

    /** Instances and bytes by class name, from a histogram file. */
    private static Map<String, long[]> readHistogram(Path file) throws java.io.IOException {
        Map<String, long[]> byClass = new java.util.HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                byClass.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return byClass;
    }

    /** What the open views added, by class: the 30 largest growths per view. */
    private static void printHistogramGrowth(Map<String, long[]> before, Map<String, long[]> after, int views) {
        log("| class | instances per view | bytes per view |");
        log("|---|---:|---:|");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                    e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                    e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .filter(e -> e.getValue()[1] > 16L * views || e.getKey().startsWith("fi.tyollisyystalo")
                        && e.getValue()[0] > 0 || e.getKey().endsWith("UI") && e.getValue()[0] > 0)
                .limit(60)
                .forEach(e -> log("| %s | %.1f | %.0f |", e.getKey(), e.getValue()[0] / (double) views,
                        e.getValue()[1] / (double) views));
    }

    /**
     * With {@code -Dbench.heapDumps=<folder>}, writes the live objects to {@code <folder>/worklist-<name>.hprof}
     * (for reading who holds the bytes, e.g. with a dominator tree); without it, nothing.
     */
    private static void heapDump(String name) throws java.io.IOException {
        String folder = System.getProperty("bench.heapDumps");
        if (folder == null || folder.isBlank()) {
            return;
        }
        Path file = Path.of(folder, "worklist-" + name + ".hprof").toAbsolutePath();
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.deleteIfExists(file);
        ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .dumpHeap(file.toString(), true);
        log("heap dump (live objects): %s", file);
    }

    /** Heap used after full collections, the smallest of a few readings. */
    private static long liveHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private WorklistBenchmark() {
    }
}
