package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.cpuModel;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.loadAverage;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ConfigurableApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.servicemap.SearchResult;
import fi.tyollisyystalo.servicemap.ServiceMapPages;
import fi.tyollisyystalo.servicemap.ServiceMapService;
import fi.tyollisyystalo.servicemap.ServiceQuery;

/**
 * The public pages of issue #14 (docs/benchmarks.md): not a test, a program. Starts the whole application with
 * the demo catalogue and Vaadin in production mode, then for the home page, the service map with the results for
 * {@code velkaneuvontaan} and that search's first service page: the live heap one open anonymous visitor holds
 * ({@link LiveHeap}, {@code bench.views} Chromium pages each) and, for the health check's first step, one signed-in
 * resident, and the bytes a fresh browser loads for the page
 * (every response's encoded body and headers as Chromium's network log counts them). Run with
 * {@code mvn -o -Pbenchmark verify -Dbench.main=PublicPagesBenchmark}; {@code -Dbench.jvmArgs="-Dbench.views=20"}.
 */
public final class PublicPagesBenchmark {

    private static final Path DB_DIR = Path.of("target/bench-public-mariadb");
    private static final Path INDEX_DIR = Path.of("target/bench-public-index");
    private static final String SEARCH = "velkaneuvontaan";
    /** The dev identity provider's Mikko Virtanen (README, "Logging in"). */
    private static final String HEALTH_CHECK_RESIDENT = "resident-mikko";

    public static void main(String[] args) {
        int views = Integer.getInteger("bench.views", 20);
        BenchmarkSupport.run(DB_DIR, INDEX_DIR, List.of("--tyollisyystalo.demo-data.enabled=true",
                "--vaadin.productionMode=true",
                // idle browser connections close sooner, so each heap reading waits seconds, not a minute; the
                // reading itself is taken with no connection open either way
                "--server.tomcat.keep-alive-timeout=5s"),
                (context, startup) -> {
                    log("started in %.1f s; %s, %d cores; load %s", startup.toMillis() / 1000.0, cpuModel(),
                            Runtime.getRuntime().availableProcessors(), loadAverage());
                    log("compression: %s", context.getEnvironment().getProperty("server.compression.enabled"));
                    String servicePage = ServiceMapPages.service(firstHit(context));
                    Map<String, String[]> pages = new java.util.LinkedHashMap<>();
                    pages.put("home", new String[] {"/", "main h1"});
                    pages.put("servicemap", new String[] {"/" + ServiceMapPages.SERVICES + "?q=" + SEARCH,
                        "#results .tt-service-card"});
                    pages.put("service", new String[] {"/" + servicePage, "#channels"});
                    // the fourth page: a signed-in resident on the health check's first step (live heap only;
                    // the bytes are a public page's figure). Every browser signs in as the same demo resident, so
                    // all of them open the same draft, each in its own session and UI.
                    Map<String, String[]> heapPages = new java.util.LinkedHashMap<>(pages);
                    heapPages.put("healthcheck", new String[] {"/" + HealthCheckPages.CONTINUE, "#hc-continue",
                        LiveHeap.RESIDENT + HEALTH_CHECK_RESIDENT});
                    // -Dbench.pages=servicemap,healthcheck measures only those (quicker while trying a change)
                    String only = System.getProperty("bench.pages", "");
                    if (!only.isBlank()) {
                        List<String> wanted = List.of(only.split(","));
                        pages.keySet().retainAll(wanted);
                        heapPages.keySet().retainAll(wanted);
                    }
                    String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
                    List<LiveHeap.PerPage> heap = new ArrayList<>();
                    if (views > 0) {
                        for (var page : heapPages.entrySet()) {
                            String[] p = page.getValue();
                            heap.add(LiveHeap.measure(context, page.getKey(), views, p[0], p[1],
                                    p.length > 2 ? p[2] : ""));
                        }
                    }
                    List<String> bytes = firstLoads(base, pages);
                    log("load at the end: %s", loadAverage());
                    log("| page | live heap per open visitor | of it held by the session | staying in the server |");
                    log("|---|---:|---:|---:|");
                    heap.forEach(h -> log("| %s | %.0f KB | %.0f KB | %.0f KB |", h.label(), h.everything() / 1024,
                            h.heldBySession() / 1024, h.inServer() / 1024));
                    log("| page (fresh browser) | requests | bytes received (bodies as sent + headers) |"
                            + " of it text (html, js, css, json, svg) |");
                    log("|---|---:|---:|---:|");
                    bytes.forEach(line -> log("%s", line));
                });
    }

    /** The first hit of the search once the demo catalogue is in (it loads after the start). */
    private static long firstHit(ConfigurableApplicationContext context) throws InterruptedException {
        ServiceMapService services = context.getBean(ServiceMapService.class);
        ServiceQuery query = new ServiceQuery(SEARCH, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false,
                Set.of());
        for (int i = 0; i < 300; i++) {
            SearchResult result = services.search(query, Locale.of("fi"), 0, 1);
            if (!result.hits().isEmpty()) {
                return result.hits().getFirst().id();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("no demo service found for " + SEARCH);
    }

    /**
     * Each page once in a fresh browser context (empty cache, as a new visitor), until the network is idle: the
     * requests and the bytes received as Chromium's network log counts them (encoded bodies plus headers).
     */
    private static List<String> firstLoads(String base, Map<String, String[]> pages) {
        List<String> lines = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = LiveHeap.launch(playwright);
            for (var entry : pages.entrySet()) {
                BrowserContext c = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI")
                        .setViewportSize(390, 844));
                Page page = c.newPage();
                long[] total = new long[3];
                Map<String, Long> byUrl = new TreeMap<>();
                page.onRequestFinished(request -> {
                    var sizes = request.sizes();
                    long received = Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
                    var response = request.response();
                    String type = response == null ? "" : String.valueOf(response.headerValue("content-type"));
                    synchronized (total) {
                        total[0]++;
                        total[1] += received;
                        if (type.startsWith("text/") || type.contains("javascript") || type.contains("json")
                                || type.contains("svg")) {
                            total[2] += received;
                        }
                        byUrl.merge(request.url().replace(base, "") + " " + type + " "
                                + (response == null ? "" : response.headerValue("content-encoding")), received,
                                Long::sum);
                    }
                });
                page.navigate(base + entry.getValue()[0]);
                LiveHeap.waitForVaadin(page);
                page.locator(entry.getValue()[1]).first().waitFor();
                page.waitForLoadState(LoadState.NETWORKIDLE);
                synchronized (total) {
                    byUrl.forEach((url, b) -> log("%s: %d B %s", entry.getKey(), b, url));
                    lines.add(String.format(Locale.ROOT, "| %s | %d | %.1f KB | %.1f KB |", entry.getKey(), total[0],
                            total[1] / 1024.0, total[2] / 1024.0));
                }
                c.close();
            }
            browser.close();
        }
        return lines;
    }

    private PublicPagesBenchmark() {
    }
}
