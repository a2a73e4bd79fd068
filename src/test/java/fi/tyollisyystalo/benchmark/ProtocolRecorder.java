package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Records what Vaadin's client in Chromium sends and gets on one resident's visit (the model {@link VaadinBrowser}
 * follows, docs/benchmarks.md "Load: 200 residents"): every {@code v-r=} request with its body and the start of
 * its answer, into {@code target/bench-protocol.txt}. Run it when Vaadin is upgraded and compare:
 * {@code mvn -o -Pbenchmark verify -Dbench.main=ProtocolRecorder}.
 */
public final class ProtocolRecorder {

    public static void main(String[] args) {
        BenchmarkSupport.run(Path.of("target/bench-protocol-mariadb"), Path.of("target/bench-protocol-index"),
                List.of("--tyollisyystalo.demo-data.enabled=true", "--vaadin.productionMode=true"),
                (context, startup) -> {
                    String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
                    Path out = Path.of("target/bench-protocol.txt");
                    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
                            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
                        Browser browser = LiveHeap.launch(playwright);
                        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI"));
                        Page page = c.newPage();
                        page.onRequestFinished(request -> {
                            if (!request.url().contains("v-r=") && !request.url().contains("oauth2")
                                    && !request.url().contains("login") && !"document".equals(request.resourceType())) {
                                return;
                            }
                            var response = request.response();
                            String body = response == null ? "" : safeText(response);
                            synchronized (w) {
                                w.println(">>> " + request.method() + " " + request.url().replace(base, "") + " "
                                        + request.headers());
                                if (request.postData() != null) {
                                    w.println(request.postData());
                                }
                                w.println("<<< " + (response == null ? "" : response.status()) + " "
                                        + body.substring(0, Math.min(body.length(), 6000)));
                                w.println();
                            }
                        });
                        mark(w, "home");
                        page.navigate(base + "/");
                        LiveHeap.waitForVaadin(page);
                        page.locator("#rooms-heading").waitFor();
                        mark(w, "click the service map link");
                        page.locator("a[href='/services']").first().click();
                        page.locator("#service-search input").waitFor();
                        LiveHeap.waitForVaadin(page);
                        mark(w, "type and search");
                        page.locator("#service-search input").fill("velkaneuvontaan");
                        page.locator("#service-search input").blur();
                        page.locator("#service-search-button").click();
                        page.locator("#results .tt-service-card").first().waitFor();
                        LiveHeap.waitForVaadin(page);
                        mark(w, "open a result");
                        page.locator("#results .tt-service-card a").first().click();
                        page.locator("#channels").waitFor();
                        LiveHeap.waitForVaadin(page);
                        mark(w, "back");
                        page.goBack();
                        page.locator("#results .tt-service-card").first().waitFor();
                        LiveHeap.waitForVaadin(page);
                        mark(w, "login");
                        page.navigate(base + "/oauth2/authorization/suomifi");
                        page.locator("button[data-username]").first().click();
                        page.waitForURL(u -> u.startsWith(base) && !u.contains("oauth2") && !u.contains("login"));
                        LiveHeap.waitForVaadin(page);
                        mark(w, "health check start page");
                        page.navigate(base + "/health-check");
                        LiveHeap.waitForVaadin(page);
                        mark(w, "start");
                        page.locator("#hc-start").click();
                        page.locator("#hc-continue").waitFor();
                        LiveHeap.waitForVaadin(page);
                        mark(w, "a radio button");
                        page.locator("vaadin-radio-group vaadin-radio-button label").first().click();
                        page.waitForTimeout(1500);
                        LiveHeap.waitForVaadin(page);
                        mark(w, "a number, a text area, a check box where the page has them");
                        if (page.locator("vaadin-text-field input").count() > 0) {
                            page.locator("vaadin-text-field input").first().fill("170");
                            page.locator("vaadin-text-field input").first().blur();
                            page.waitForTimeout(1500);
                        }
                        mark(w, "continue");
                        page.locator("#hc-continue").click();
                        page.waitForTimeout(2000);
                        LiveHeap.waitForVaadin(page);
                        browser.close();
                    }
                    log("recorded into %s", out.toAbsolutePath());
                });
    }

    private static void mark(PrintWriter w, String what) {
        synchronized (w) {
            w.println("=================== " + what);
        }
    }

    private static String safeText(com.microsoft.playwright.Response response) {
        try {
            return response.text();
        } catch (RuntimeException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    private ProtocolRecorder() {
    }
}
