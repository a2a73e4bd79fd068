package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The live heap of open pages, as the benchmarks measure it (docs/benchmarks.md, #10 and #14): real Chromium
 * pages, each its own browser context (own session), open one page (optionally after signing in as a staff
 * member through the real login). The browser is driven from a child JVM ({@link OpenPages}) so that the
 * Playwright client's own objects are not counted in this server's heap. One page is opened first as a warm-up
 * (classes, caches); {@code -Dbench.warmupPages=N} opens N, as many as are measured, so that the pools that grow
 * with simultaneous connections have grown before the first reading (issue #14, docs/benchmarks.md). Before and after the others, once Tomcat has closed the idle connections, the live objects
 * are read (class histogram after a full collection, written to a file so that it is not itself on the heap,
 * and the heap used by {@code MemoryMXBean} for comparison); then the new pages' HTTP sessions are ended and
 * they are read again, which separates what the sessions held from what stays in the server.
 */
final class LiveHeap {

    /** What one measurement found, in bytes per open page. */
    record PerPage(String label, int pages, double everything, double heldBySession, double inServer) {
    }

    /** The prefix of {@link #measure}'s {@code login} that signs in a demo resident. */
    static final String RESIDENT = "resident:";

    private LiveHeap() {
    }

    /**
     * Opens {@code pages} pages of {@code path} (plus one warm-up) and reads the live heap before and after.
     *
     * @param label     names the histogram files ({@code target/bench-<label>-histogram-*.txt}) and the log lines
     * @param ready     a CSS selector that is on the page once it shows what it should (checked on every page)
     * @param login     empty for an anonymous visitor, else whom to sign in as through the dev identity provider: a
     *                  staff user's name, or {@code resident:} and a demo resident's subject
     */
    static PerPage measure(ConfigurableApplicationContext context, String label, int pages, String path,
            String ready, String login) throws Exception {
        String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenPages.class.getName(), base,
                String.valueOf(pages), path, ready, login, String.valueOf(Integer.getInteger("bench.warmupPages", 1)))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                var in = child.getOutputStream()) {
            expect(out, "WARM");
            Tomcat tomcat = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer()).getTomcat();
            long settle = Long.getLong("bench.settleSeconds", 120);
            awaitIdleConnections(tomcat, settle);
            long before = liveHeap();
            Path histogramBefore = histogram(label, "before");
            Set<String> sessionsBefore = sessionIds(tomcat);
            heapDump(label, "before");
            in.write('\n');
            in.flush();
            String opened = expect(out, "OPEN");
            log("%d %s pages opened in %s s (a child JVM drives Chromium)", pages, label, opened.substring(5));
            awaitIdleConnections(tomcat, settle);
            long after = liveHeap();
            describeUis(tomcat, sessionsBefore, label);
            heapDump(label, "after");
            Path histogramAfter = histogram(label, "after");
            int ended = 0;
            for (org.apache.catalina.Session session : manager(tomcat).findSessions()) {
                if (!sessionsBefore.contains(session.getIdInternal())) {
                    session.expire();
                    ended++;
                }
            }
            long afterSessions = liveHeap();
            Path histogramSessionsEnded = histogram(label, "sessions-ended");
            printHistogramGrowth(readHistogram(histogramBefore), readHistogram(histogramAfter), pages);
            long[] objects = {liveBytes(histogramBefore), liveBytes(histogramAfter), liveBytes(histogramSessionsEnded)};
            PerPage result = new PerPage(label, pages, (objects[1] - objects[0]) / (double) pages,
                    (objects[1] - objects[2]) / (double) pages, (objects[2] - objects[0]) / (double) pages);
            log("%s: live objects (class histograms): before %.1f MB, after %.1f MB with %d more open pages: %.0f KB"
                    + " per page", label, objects[0] / 1048576.0, objects[1] / 1048576.0, pages,
                    result.everything() / 1024);
            log("%s: after ending their %d HTTP sessions %.1f MB: %.0f KB per page was held by the session (HTTP"
                    + " session, security context, Vaadin session and UI), %.0f KB per page stays in the server (pools"
                    + " that grow with simultaneous connections, the dev identity provider)", label, ended,
                    objects[2] / 1048576.0, result.heldBySession() / 1024, result.inServer() / 1024);
            log("%s: heap used (MemoryMXBean, includes the collector's unfilled space): before %.1f MB, after %.1f MB"
                    + " (%.0f KB per page), after the sessions ended %.1f MB", label, before / 1048576.0,
                    after / 1048576.0, (after - before) / 1024.0 / pages, afterSessions / 1048576.0);
            in.write('\n');
            in.flush();
            expect(out, "CLOSED");
            return result;
        } finally {
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    private static String expect(BufferedReader out, String word) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(word)) {
                return line;
            }
        }
        throw new IllegalStateException("the browser process ended before " + word);
    }

    /**
     * The browser side, in its own JVM. Arguments: base URL, number of pages, path, ready selector, login
     * (empty: anonymous; see {@link LiveHeap#measure}), warm-up pages. Opens the warm-up pages, says WARM, waits
     * for a line, opens the others (all kept open), checks each shows the ready selector, says OPEN and the seconds, waits for a line, closes everything and says
     * CLOSED.
     */
    public static final class OpenPages {

        public static void main(String[] args) throws Exception {
            String base = args[0];
            int pages = Integer.parseInt(args[1]);
            String path = args[2];
            String ready = args[3];
            String login = args.length > 4 ? args[4] : "";
            int warmups = args.length > 5 ? Integer.parseInt(args[5]) : 1;
            var stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
                Browser browser = launch(playwright);
                List<BrowserContext> open = new ArrayList<>();
                for (int i = 0; i < warmups; i++) {
                    open.add(open(browser, base, path, ready, login));
                }
                System.out.println("WARM");
                System.out.flush();
                stdin.readLine();
                long started = System.nanoTime();
                for (int i = 0; i < pages; i++) {
                    open.add(open(browser, base, path, ready, login));
                }
                for (BrowserContext c : open) {
                    if (c.pages().getFirst().locator(ready).count() == 0) {
                        throw new IllegalStateException("a page shows no " + ready);
                    }
                }
                System.out.printf(Locale.ROOT, "OPEN %.1f%n", (System.nanoTime() - started) / 1e9);
                System.out.flush();
                stdin.readLine();
                open.forEach(BrowserContext::close);
                browser.close();
            }
            System.out.println("CLOSED");
            System.out.flush();
        }

        private OpenPages() {
        }
    }

    /** Debian's Chromium, headless, without its background traffic. */
    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    private static BrowserContext open(Browser browser, String base, String path, String ready, String login) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI")
                .setViewportSize(1280, 900).setTimezoneId("Europe/Helsinki"));
        c.setDefaultTimeout(60_000);
        Page page = c.newPage();
        page.navigate(base + path);
        waitForVaadin(page);
        if (login.startsWith(RESIDENT)) {
            page.locator("#login-resident").click();
            page.locator("button[data-username='" + login.substring(RESIDENT.length()) + "']").click();
            waitForVaadin(page);
        } else if (!login.isEmpty()) {
            page.locator("#login-staff").click();
            page.locator("button[data-username='" + login + "']").click();
            waitForVaadin(page);
        }
        page.locator(ready).first().waitFor();
        return c;
    }

    static void waitForVaadin(Page p) {
        fi.tyollisyystalo.e2e.BrowserTest.waitForVaadin(p);
    }

    /**
     * Waits (at most {@code seconds}) until Tomcat has no open connection: an idle browser's connections stay open
     * for the keep-alive timeout and hold their buffers until then. Tomcat's count includes the one its acceptor
     * has already counted for the next connection, so idle is 1.
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

    private static Set<String> sessionIds(Tomcat tomcat) {
        Set<String> ids = new HashSet<>();
        for (org.apache.catalina.Session session : manager(tomcat).findSessions()) {
            ids.add(session.getIdInternal());
        }
        return ids;
    }

    /**
     * What the new sessions' UIs hold, read from Vaadin's own structures: the state nodes of each UI (a component's
     * element, or an element without a component, is one) and the length of the last UIDL response, which Vaadin
     * keeps per UI to send again should the browser repeat its request. A diagnostic for reading the histograms.
     */
    private static void describeUis(Tomcat tomcat, Set<String> sessionsBefore, String label) {
        List<int[]> uis = new ArrayList<>();
        for (org.apache.catalina.Session session : manager(tomcat).findSessions()) {
            if (sessionsBefore.contains(session.getIdInternal())) {
                continue;
            }
            var http = session.getSession();
            for (var names = http.getAttributeNames(); names.hasMoreElements();) {
                if (http.getAttribute(names.nextElement()) instanceof com.vaadin.flow.server.VaadinSession vaadin) {
                    vaadin.accessSynchronously(() -> vaadin.getUIs().forEach(ui -> {
                        int[] nodes = {0};
                        ui.getInternals().getStateTree().getRootNode().visitNodeTree(n -> nodes[0]++);
                        String last = ui.getInternals().getLastRequestResponse();
                        uis.add(new int[] {nodes[0], last == null ? 0 : last.length()});
                    }));
                }
            }
        }
        uis.forEach(u -> log("%s: a UI of %d state nodes; its last UIDL response, kept by Vaadin, %d chars", label,
                u[0], u[1]));
    }

    /**
     * The live class histogram as {@code jcmd GC.class_histogram} prints it, written to
     * {@code target/bench-<label>-histogram-<name>.txt}.
     */
    private static Path histogram(String label, String name) throws IOException {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return Files.writeString(Path.of("target", "bench-" + label + "-histogram-" + name + ".txt"), text);
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of all live objects, from the total line of a histogram file. */
    private static long liveBytes(Path histogram) throws IOException {
        for (String line : Files.readAllLines(histogram)) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3 && f[0].equals("Total")) {
                return Long.parseLong(f[2]);
            }
        }
        throw new IllegalStateException("no total in " + histogram);
    }

    /** Instances and bytes by class name, from a histogram file. */
    private static Map<String, long[]> readHistogram(Path file) throws IOException {
        Map<String, long[]> byClass = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                byClass.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return byClass;
    }

    /** What the open pages added, by class: the 60 largest growths per page. */
    private static void printHistogramGrowth(Map<String, long[]> before, Map<String, long[]> after, int pages) {
        log("| class | instances per page | bytes per page |");
        log("|---|---:|---:|");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                    e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                    e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .filter(e -> e.getValue()[1] > 16L * pages || e.getKey().startsWith("fi.tyollisyystalo")
                        && e.getValue()[0] > 0 || e.getKey().endsWith("UI") && e.getValue()[0] > 0)
                .limit(60)
                .forEach(e -> log("| %s | %.1f | %.0f |", e.getKey(), e.getValue()[0] / (double) pages,
                        e.getValue()[1] / (double) pages));
    }

    /**
     * With {@code -Dbench.heapDumps=<folder>}, writes the live objects to {@code <folder>/<label>-<name>.hprof}
     * (for reading who holds the bytes, e.g. with a dominator tree); without it, nothing.
     */
    private static void heapDump(String label, String name) throws IOException {
        String folder = System.getProperty("bench.heapDumps");
        if (folder == null || folder.isBlank()) {
            return;
        }
        Path file = Path.of(folder, label + "-" + name + ".hprof").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
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
}
