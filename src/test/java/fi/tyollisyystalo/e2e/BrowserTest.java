package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import fi.tyollisyystalo.IntegrationTest;

/**
 * Base of the browser tests: Playwright driving Debian's Chromium (never a downloaded browser)
 * against the application started on a random port. One browser for the whole run (each class closes
 * the contexts it opened), a fresh context (cookies, storage) per test, except for tests marked
 * {@link SharedPage}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    protected int port;

    /**
     * Started by the first browser test class and kept until the test JVM ends: starting Playwright's
     * driver and Chromium costs about 5 s, once per class before. Playwright wants one thread, and the
     * test classes run one after another on the same thread.
     */
    private static Playwright sharedPlaywright;
    private static Browser sharedBrowser;

    protected Browser browser;
    protected BrowserContext context;
    protected Page page;

    private BrowserContext sharedContext;
    private Page sharedPage;

    /**
     * On a test method that runs many times with one value each (a parameterized test of an anonymous
     * visitor): its {@link #page} is one page kept for all such tests of the class, its cookies cleared
     * before each, so the visitor is new to the server every time. Each test still opens its own address,
     * but Chromium does not start a new renderer and load the bundle again: about 2 s less per test.
     * Never for a test that logs in, changes the language or leaves state in the browser.
     */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    protected @interface SharedPage {
    }

    @BeforeAll
    void launchBrowser() {
        browser = sharedBrowser();
    }

    private static synchronized Browser sharedBrowser() {
        if (sharedBrowser != null && sharedBrowser.isConnected()) {
            return sharedBrowser;
        }
        if (sharedPlaywright != null) {
            // the browser of an earlier class crashed: start again
            sharedPlaywright.close();
        } else {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (sharedPlaywright != null) {
                    sharedPlaywright.close();
                }
            }));
        }
        sharedPlaywright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        sharedBrowser = sharedPlaywright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return sharedBrowser;
    }

    @BeforeEach
    void openContext(TestInfo test) {
        if (test.getTestMethod().filter(m -> m.isAnnotationPresent(SharedPage.class)).isPresent()) {
            if (sharedPage == null || sharedPage.isClosed()) {
                sharedContext = newContext("fi-FI", 1280, 900);
                sharedPage = sharedContext.newPage();
            }
            sharedContext.clearCookies();
            if (sharedPage.url().startsWith("http")) {
                sharedPage.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }");
            }
            context = sharedContext;
            page = sharedPage;
            return;
        }
        context = newContext("fi-FI", 1280, 900);
        page = context.newPage();
    }

    protected BrowserContext newContext(String locale, int width, int height) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(width, height).setTimezoneId("Europe/Helsinki"));
        c.setDefaultTimeout(20_000);
        return c;
    }

    @AfterEach
    void closeContext() {
        if (context != null && context != sharedContext) {
            context.close();
        }
    }

    /** Closes every context this class opened (its shared page's too); the browser stays for the next class. */
    @AfterAll
    void closeContexts() {
        if (browser != null && browser.isConnected()) {
            for (BrowserContext c : List.copyOf(browser.contexts())) {
                c.close();
            }
        }
    }

    /**
     * Another person (or the same on another device) at a 1280 px browser in {@code locale}: the current
     * context closes, with its cookies and session, and {@link #page} is a fresh page.
     */
    protected void newVisitor(String locale) {
        context.close();
        context = newContext(locale, 1280, 900);
        page = context.newPage();
    }

    /** A text from the main bundle in a language, as the page should show it. */
    protected static String translation(String lang, String key) {
        return java.util.ResourceBundle.getBundle("i18n/translations", java.util.Locale.of(lang)).getString(key);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The path of the page's address, without query: Spring Security may add "?continue" after login. */
    protected static String path(Page p) {
        return java.net.URI.create(p.url()).getPath();
    }

    /** Opens a path and waits until Vaadin has rendered the view. */
    protected void open(Page p, String path) {
        p.navigate(url(path));
        waitForVaadin(p);
    }

    /** Chooses the option with {@code text} in the vaadin-select with {@code id} (e.g. "#item-party"). */
    protected static void select(Page p, String id, String text) {
        waitForVaadin(p);
        p.locator(id).click();
        p.locator(id + " vaadin-select-item[role='option']").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText(text)).first().click();
    }

    /** Until the client has rendered the view and has no request under way (also for the benchmarks' pages). */
    public static void waitForVaadin(Page p) {
        p.waitForLoadState();
        p.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"
                + " && document.querySelector('h1') !== null"
                // the client has replaced the server's first paint (base/ui/FirstPaint) with the view
                + " && document.querySelector('.tt-firstpaint') === null");
    }

    /**
     * axe-core must find no serious or critical WCAG 2.1 A/AA violation on the page. A page without frames
     * (all of ours) is checked in axe's legacy mode: axe.run in the page itself, with the same rules and
     * results. The default mode is for frames: it runs axe in each frame and then opens a new browser
     * context to join the parts, about 3 s more at every call on a busy machine.
     */
    protected static void assertAccessible(Page p) {
        boolean framed = p.frames().size() > 1;
        AxeResults results = new AxeBuilder(p).withTags(WCAG_TAGS).setLegacyMode(!framed).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as(() -> p.url() + " has accessibility violations:\n" + serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " -> "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    protected static Path screenshot(Page p, String name) {
        Path file = Paths.get("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        p.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** The text of a PDF, page by page, read back with OpenPDF's extractor. */
    protected static String pdfText(byte[] bytes) {
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        StringBuilder text = new StringBuilder();
        try {
            org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(bytes);
            try {
                var extractor = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader);
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    text.append(extractor.getTextFromPage(p)).append('\n');
                }
            } finally {
                reader.close();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}
