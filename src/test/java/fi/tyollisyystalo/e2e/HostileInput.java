package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * The shared hostile-input corpus: values an attacker or an unlucky paste puts into a URL or a form.
 * Every route parameter, query parameter and text field of every view is driven with these in the
 * browser tests ({@code HostileInputIT} and each feature's own journey); a new form or URL parameter
 * adds its line there. {@link #watch(Page)} arms a page so that {@link Watch#assertNothingRan()} fails
 * when any value got executed: a dialog opened, an element with an event handler or a script was
 * injected, or a marker global was set.
 */
public final class HostileInput {

    /** Set by the payloads that manage to run; a page where it exists has executed injected script. */
    public static final String MARKER = "__ttPwned";

    /** Long enough to pass every length limit we have, short enough to type in a test. */
    public static final String HUNDRED_THOUSAND = "a".repeat(100_000);

    /** Each value once; the names say what the value tries. */
    public static final List<Value> VALUES = List.of(
            new Value("script-close", "</script><img src=x onerror=\"window." + MARKER + "=1;alert(1)\">"),
            new Value("attribute-break", "\"><svg onload=\"window." + MARKER + "=1;alert(2)\">"),
            new Value("script-tag", "<script>window." + MARKER + "=1;alert(3)</script>"),
            new Value("javascript-url", "javascript:window." + MARKER + "=1;alert(4)"),
            new Value("template", "{{7*7}}${7*7}#{7*7}<%= 7*7 %>"),
            new Value("rtl-override", "\u202Etxt.exe\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627"),
            new Value("emoji-and-nul-like", "Hei \uD83D\uDE00 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \\u0000 %00"),
            new Value("sql", "' OR '1'='1'; DROP TABLE person; --"),
            new Value("html-entities", "&lt;b&gt;&amp;&#x3C;script&#x3E;"),
            new Value("hundred-thousand", HUNDRED_THOUSAND));

    /** Short values only: for route and query parameters, where the address bar has its own limit. */
    public static List<Value> forUrls() {
        List<Value> values = new ArrayList<>(VALUES.stream().filter(v -> v.text().length() < 1_000).toList());
        values.add(new Value("twenty-digit-number", "99999999999999999999"));
        values.add(new Value("negative", "-1"));
        values.add(new Value("ten-thousand", "b".repeat(10_000)));
        return values;
    }

    /**
     * The values that try to break out of markup, for parameters that only accept a closed set of words
     * (a domain, a municipality code): each is refused the same way, so one of each kind is enough.
     */
    public static List<Value> breakouts() {
        return VALUES.stream().filter(v -> List.of("script-close", "attribute-break", "javascript-url",
                "rtl-override", "template").contains(v.name())).toList();
    }

    private HostileInput() {
    }

    /** One hostile value with a name for the test report. */
    public record Value(String name, String text) {
        /** The value encoded for a path segment or a query parameter. */
        public String encoded() {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Arms the page: counts dialogs (and dismisses them) and lets {@link Watch#assertNothingRan()} look
     * for injected elements. Call before navigating.
     */
    public static Watch watch(Page page) {
        synchronized (WATCHES) {
            Watch armed = WATCHES.get(page);
            if (armed != null) {
                // a page shared by several tests (BrowserTest.SharedPage): one listener, a clean count
                armed.dialogs.clear();
                return armed;
            }
            Watch watch = new Watch(page);
            page.onDialog(dialog -> {
                watch.dialogs.add(dialog.message());
                dialog.dismiss();
            });
            WATCHES.put(page, watch);
            return watch;
        }
    }

    private static final java.util.Map<Page, Watch> WATCHES = new java.util.WeakHashMap<>();

    /** What a page did with the hostile values it was given. */
    public static final class Watch {
        private final Page page;
        private final List<String> dialogs = new ArrayList<>();

        private Watch(Page page) {
            this.page = page;
        }

        /** No dialog opened, no marker set, no element with an injected event handler in the DOM. */
        public void assertNothingRan() {
            assertThat(dialogs).as("dialogs opened by injected script").isEmpty();
            assertThat((Boolean) page.evaluate("() => window." + MARKER + " !== undefined"))
                    .as("injected script set its marker").isFalse();
            Object injected = page.evaluate("""
                    () => {
                      const found = [];
                      const visit = root => {
                        for (const el of root.querySelectorAll('img[onerror], svg[onload], [onload], [onerror]')) {
                          found.push(el.outerHTML.slice(0, 120));
                        }
                        for (const el of root.querySelectorAll('script:not([src])')) {
                          if (el.textContent.trim().startsWith('window.%s')) found.push(el.outerHTML.slice(0, 120));
                        }
                        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
                      };
                      visit(document);
                      return found;
                    }""".formatted(MARKER));
            assertThat((List<?>) injected).as("elements injected into the page").isEmpty();
        }
    }
}
