package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.cpuModel;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.loadAverage;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import fi.tyollisyystalo.identity.Hetu;

/**
 * The load test of issue #14 (docs/benchmarks.md, "Load: 200 residents"): not a test, a program. Starts the
 * production jar with the embedded database and the demo catalogue ({@link ServerProcess}), then lets
 * {@code bench.users} simulated residents (default 200), started evenly over {@code bench.rampSeconds} (60), walk
 * the same journey over HTTP with Vaadin's own protocol ({@link VaadinBrowser}), each on a virtual thread with
 * think times of {@code bench.thinkMinMs}–{@code bench.thinkMaxMs} (1–3 s) between steps: the home page, the
 * service map, two searches and two or three services from their results, login through the dev identity
 * provider as a resident of their own, and a whole health check page by page to its result. Every step checks
 * that the page answered what it should. The run stops by itself after {@code bench.maxSeconds} (300) at the
 * latest. Before them {@code bench.warmupUsers} (20) residents walk the same journey unmeasured, so that the figures
 * are those of a server that has run a while, not of a JVM compiling its first minutes. Reports per interaction the client's time of each request and the server's own (Tomcat's access log),
 * the errors, and the server's CPU and heap.
 *
 * <p>Run: {@code mvn -o -Pproduction,benchmark verify -Dbench.main=LoadBenchmark} (builds the production jar and
 * then runs this). Against a server started by hand: {@code -Dbench.jvmArgs="-Dbench.target=http://host:port
 * -Dbench.serverPid=<pid>"}.
 */
public final class LoadBenchmark {

    private static final Path WORK = Path.of("target/bench-load");
    private static final String[][] SEARCHES = {
        {"velkaneuvontaan", "velkaneuvon"}, {"mielenterveyspalveluihin", "mielenterv"},
        {"terveystarkastukseen", "terveystarkast"}, {"työkyvyn arviointi", "työky"}};

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("bench.users", 200);
        int ramp = Integer.getInteger("bench.rampSeconds", 60);
        int maxSeconds = Integer.getInteger("bench.maxSeconds", 300);
        int thinkMin = Integer.getInteger("bench.thinkMinMs", 1000);
        int thinkMax = Integer.getInteger("bench.thinkMaxMs", 3000);
        long seed = Long.getLong("bench.seed", 20261207L);
        String target = System.getProperty("bench.target", "");
        int code = 1;
        ServerProcess server = null;
        try {
            URI base;
            long pid;
            if (target.isBlank()) {
                Path jar = productionJar();
                List<String> jvm = Arrays.stream(System.getProperty("bench.serverJvmArgs", "-Xmx1g").split(" "))
                        .filter(s -> !s.isBlank()).toList();
                long started = System.nanoTime();
                server = ServerProcess.start(jar, Path.of("target/bench-runtime-classpath.txt"), WORK, jvm);
                log("production jar %s started with %s, catalogue searchable after %.1f s", jar.getFileName(), jvm,
                        (System.nanoTime() - started) / 1e9);
                base = server.base;
                pid = server.pid();
            } else {
                base = URI.create(target);
                pid = Long.getLong("bench.serverPid", -1);
            }
            log("%s, %d cores; load before the run %s", cpuModel(), Runtime.getRuntime().availableProcessors(),
                    loadAverage());
            int warmupUsers = Integer.getInteger("bench.warmupUsers", 20);
            if (warmupUsers > 0) {
                // a server that has run a while: the JIT has compiled the hot paths and the pools have grown (a
                // fresh JVM spends its first minutes compiling); their own persons, numbered after the measured ones
                Result warm = run(base, pid, warmupUsers, Math.min(ramp, 20), maxSeconds, thinkMin, thinkMax,
                        seed + 1_000_000, users, ServerProcess.WARM_UP);
                log("warm-up: %d residents, %d walked the whole journey, %d requests, %d errors, in %.0f s",
                        warmupUsers, warm.finished(), warm.interactions().requestCount(),
                        warm.interactions().errorCount(), warm.seconds());
            }
            Result result = run(base, pid, users, ramp, maxSeconds, thinkMin, thinkMax, seed, 0, "");
            Path accessLog = server == null ? null : server.accessLogDir;
            if (server != null) {
                server.close();
                server = null;
            } else if (!System.getProperty("bench.accessLog", "").isBlank()) {
                // a server of one's own with the access log of ServerProcess: Tomcat flushes it every 10 s or so
                accessLog = Path.of(System.getProperty("bench.accessLog"));
                Thread.sleep(15_000);
            }
            report(result, accessLog == null ? Map.of() : ServerProcess.serverTimes(accessLog));
            code = 0;
        } catch (Throwable e) {
            e.printStackTrace();
        } finally {
            if (server != null) {
                server.close();
            }
            System.exit(code);
        }
    }

    private static Path productionJar() throws Exception {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tyollisyystalo-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "no production jar in target/: run with -Pproduction,benchmark"));
        }
    }

    record Result(Interactions interactions, int users, int finished, int stopped, double seconds, long cpuMillis,
            double peakCpu, long peakHeapKb, long heapAfterGcKb, long heapCommittedKb, long peakRssKb,
            String loadBefore, String loadAfter, long pid) {
    }

    private static Result run(URI base, long pid, int users, int ramp, int maxSeconds, int thinkMin, int thinkMax,
            long seed, int firstResident, String headerPrefix) throws Exception {
        Interactions interactions = new Interactions();
        long[] heapBefore = pid > 0 ? ServerProcess.heapKb(pid, true) : new long[] {-1, -1};
        log("server heap before the run, after a full GC: %d MB", heapBefore[0] / 1024);
        String loadBefore = loadAverage();
        long cpuStart = ServerProcess.cpuMillis(pid);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(maxSeconds);
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger stopped = new AtomicInteger();
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakRss = new AtomicLong();
        ConcurrentLinkedQueue<Double> cpuSamples = new ConcurrentLinkedQueue<>();
        var sampler = Executors.newSingleThreadScheduledExecutor();
        long[] lastCpu = {cpuStart, System.nanoTime()};
        AtomicInteger tick = new AtomicInteger();
        if (pid > 0) {
            sampler.scheduleAtFixedRate(() -> {
                long cpu = ServerProcess.cpuMillis(pid);
                long now = System.nanoTime();
                cpuSamples.add((cpu - lastCpu[0]) * 1e6 / (now - lastCpu[1]));
                lastCpu[0] = cpu;
                lastCpu[1] = now;
                peakRss.accumulateAndGet(ServerProcess.rssKb(pid), Math::max);
                if (tick.incrementAndGet() % 5 == 0) {
                    peakHeap.accumulateAndGet(ServerProcess.heapKb(pid, false)[0], Math::max);
                    log("%3d s: %d residents done, %d requests, %d errors, server CPU %.0f %% in the last second,"
                            + " heap %d MB, load %s", tick.get(), finished.get() + stopped.get(),
                            interactions.requestCount(), interactions.errorCount(),
                            cpuSamples.stream().reduce((a, b) -> b).orElse(0.0) * 100, peakHeap.get() / 1024,
                            loadAverage());
                }
            }, 1, 1, TimeUnit.SECONDS);
        }
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                int n = firstResident + i;
                long startAt = start + (long) (TimeUnit.SECONDS.toNanos(ramp) * (double) i / Math.max(1, users));
                threads.submit(() -> {
                    sleepUntil(startAt);
                    Resident resident = new Resident(n, base, interactions, new Random(seed + n), deadline,
                            thinkMin, thinkMax);
                    resident.browser.headerPrefix(headerPrefix);
                    try {
                        resident.walk();
                        finished.incrementAndGet();
                    } catch (VaadinBrowser.StepFailed | Resident.OutOfTime e) {
                        stopped.incrementAndGet();
                    } catch (RuntimeException e) {
                        interactions.error("unexpected", e.toString());
                        stopped.incrementAndGet();
                    } finally {
                        resident.close();
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = ServerProcess.cpuMillis(pid) - cpuStart;
        sampler.shutdownNow();
        String loadAfter = loadAverage();
        long[] heapAfter = pid > 0 ? ServerProcess.heapKb(pid, true) : new long[] {-1, -1};
        double peakCpu = cpuSamples.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return new Result(interactions, users, finished.get(), stopped.get(), seconds, cpu, peakCpu,
                peakHeap.get(), heapAfter[0], heapAfter[1], peakRss.get(), loadBefore, loadAfter, pid);
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void report(Result r, Map<String, long[]> serverMicros) {
        log("load: before %s, after %s", r.loadBefore(), r.loadAfter());
        log("%d residents: %d walked the whole journey, %d stopped (an error or the time limit) in %.0f s;"
                + " %d requests, %d errors", r.users(), r.finished(), r.stopped(), r.seconds(),
                r.interactions().requestCount(), r.interactions().errorCount());
        r.interactions().errorSamples().forEach(e -> log("error: %s", e));
        log("server CPU: %.1f s in %.0f s = %.0f %% of one core on average, %.0f %% at the busiest second "
                + "(2 cores = 200 %%)", r.cpuMillis() / 1000.0, r.seconds(), r.cpuMillis() / 10.0 / r.seconds(),
                r.peakCpu() * 100);
        log("server heap: peak in use %d MB (sampled every 5 s), %d MB in use after a full GC at the end"
                + " (committed %d MB); peak RSS %d MB", r.peakHeapKb() / 1024, r.heapAfterGcKb() / 1024,
                r.heapCommittedKb() / 1024, r.peakRssKb() / 1024);
        log("times in ms; client = the request's response time at the load generator (same machine), server ="
                + " Tomcat's own time for it (access log %%D)");
        r.interactions().table(serverMicros).forEach(line -> log("%s", line));
        long[] all = serverMicros.values().stream().flatMapToLong(Arrays::stream).toArray();
        log("all requests: server p95 %.1f ms, max %.1f ms", BenchmarkSupport.percentile(all, 0.95) / 1000,
                BenchmarkSupport.percentile(all, 1.0) / 1000);
    }

    /** One simulated resident and their journey. */
    static final class Resident {

        /** The run's time is up: the resident stops where they are (not an error). */
        static final class OutOfTime extends RuntimeException {
            OutOfTime() {
                super("time is up", null, false, false);
            }
        }

        private final int n;
        private final VaadinBrowser browser;
        private final Random random;
        private final long deadline;
        private final int thinkMin;
        private final int thinkMax;

        Resident(int n, URI base, Interactions interactions, Random random, long deadline, int thinkMin,
                int thinkMax) {
            this.n = n;
            this.browser = new VaadinBrowser(base, interactions);
            this.random = random;
            this.deadline = deadline;
            this.thinkMin = thinkMin;
            this.thinkMax = thinkMax;
        }

        void walk() {
            Journey journey = new Journey(browser, random, this::think);
            journey.home();
            journey.serviceMap();
            List<String[]> searches = new ArrayList<>(List.of(SEARCHES));
            java.util.Collections.shuffle(searches, random);
            for (int s = 0; s < 2; s++) {
                List<String[]> hits = journey.search(searches.get(s)[0], searches.get(s)[1]);
                int open = s == 0 ? 1 + random.nextInt(2) : 1;
                for (int i = 0; i < open && i < hits.size(); i++) {
                    journey.service(hits.get(random.nextInt(hits.size())));
                }
                if (s == 0) {
                    journey.backToSearch();
                }
            }
            // a person of their own (a code in the test range 900-999), so that no two share a health check
            Hetu hetu = Hetu.of(LocalDate.of(1965, 1, 1).plusDays(37L * n), 900 + n % 100);
            journey.login("load-" + n, "{\"hetu\":\"" + hetu.value() + "\",\"given_name\":\"Kuormitus\","
                    + "\"family_name\":\"Asukas" + n + "\",\"name\":\"Kuormitus Asukas" + n + "\",\"locale\":\"fi\","
                    + "\"acr\":\"http://ftn.ficora.fi/2017/loa3\"}");
            journey.healthCheck();
            browser.finish();
        }

        void think() {
            think(thinkMin, thinkMax);
        }

        void think(int min, int max) {
            long pause = min + random.nextInt(Math.max(1, max - min + 1));
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) > deadline) {
                throw new OutOfTime();
            }
            try {
                Thread.sleep(Duration.ofMillis(pause));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutOfTime();
            }
        }

        void close() {
            browser.close();
        }
    }

    private LoadBenchmark() {
    }
}
