package fi.tyollisyystalo.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a public page shows before Vaadin's client has run (issue #14): the bootstrap page's {@code #outlet} gets
 * plain markup — the header bar with the name, and the page's heading and lead where a feature contributes them
 * ({@link FirstPaintContent}) — so a resident on a slow phone sees the page at once, not after 400 KB of scripts. When
 * the client starts, its root (React's, in {@code #outlet}) replaces everything in the outlet and Flow renders the
 * view there, so the first paint is never seen together with the page and a rendered page never holds it (the
 * browser tests check both). No script, no form: only texts
 * from the bundles, escaped by jsoup.
 *
 * <p>The client's script is still fetched at once (a module preload), but started only after the browser has painted
 * a frame ({@link #startClientAfterFirstPaint}). Without that, on a fast connection and a slow phone the scripts arrive
 * together with the stylesheets and the browser runs them (a second or more of work on an old phone) before it paints
 * anything, so the resident would look at an empty page all that time.
 */
final class FirstPaint {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FirstPaint.class);

    /**
     * Starts the client (SRC) once the browser has painted the first paint. A page that cannot paint now (a tab in the
     * background) or a browser without paint timing starts it at once; the 3 s limit is for a paint that never comes.
     * With a shorter limit (it was 1 s) Lighthouse's Chromium, which at times holds a page's first frame for a second
     * or two, started the client before the first paint was shown, and the service page's LCP became the client's.
     */
    static final String START_AFTER_PAINT = "let started = false; const start = () => { if (!started) { started = true; "
            + "import(\"SRC\"); } }; "
            + "try { if (document.visibilityState === 'hidden' "
            + "|| !(PerformanceObserver.supportedEntryTypes || []).includes('paint')) { start(); } else { "
            + "new PerformanceObserver((list, observer) => { if (list.getEntries().some(e => e.name === "
            + "'first-contentful-paint')) { observer.disconnect(); setTimeout(start); } })"
            + ".observe({ type: 'paint', buffered: true }); setTimeout(start, 3000); } } catch (e) { start(); }";

    private FirstPaint() {
    }

    /** Puts the first paint for {@code path} into the document's outlet (nothing if there is none). */
    static void apply(Document document, String path, Locale locale, UnaryOperator<String> translate,
            List<FirstPaintContent> contents) {
        Element outlet = document.getElementById("outlet");
        if (outlet == null || !outlet.select(".tt-firstpaint").isEmpty()) {
            return;
        }
        Element app = outlet.appendElement("div").addClass("tt-app").addClass("tt-firstpaint");
        Element header = app.appendElement("header").addClass("tt-header");
        Element brand = header.appendElement("div").addClass("tt-header__bar").appendElement("a")
                .addClass("tt-brand").attr("href", "/");
        brand.appendElement("img").addClass("tt-brand__logo").attr("src", "images/logo.svg").attr("alt", "");
        Element words = brand.appendElement("div");
        words.appendElement("span").addClass("tt-brand__name").text(translate.apply("app.name"));
        words.appendElement("span").addClass("tt-brand__tagline").text(translate.apply("app.tagline"));
        Element main = app.appendElement("main").addClass("tt-main");
        String p = path.startsWith("/") ? path.substring(1) : path;
        contents.stream().filter(c -> c.handles(p)).findFirst().ifPresent(c -> {
            try {
                c.render(main, p, locale, translate);
            } catch (RuntimeException e) {
                // the page still works without it: the client renders the view (or its honest error page)
                main.empty();
                LOG.warn("No first paint for {}: {}", p, e.toString());
            }
        });
        app.attr("lang", locale.getLanguage());
        startClientAfterFirstPaint(document);
    }

    /**
     * Replaces the page's {@code <script type="module" src="…/indexhtml-….js">} with a preload of the same script and a
     * small module that imports it once the browser reports the first contentful paint ({@link #START_AFTER_PAINT}). The
     * inline script gets the request's CSP nonce with every other script ({@link SafeBootstrap}, run after this).
     */
    static void startClientAfterFirstPaint(Document document) {
        // the browser reports its first contentful paint; a tab in the background or a browser without paint timing
        // starts the client at once, and a paint that never comes after 3 s
        for (Element script : document.select("script[type=module][src]")) {
            String src = script.attr("src");
            if (!src.contains("VAADIN/build/indexhtml") || src.contains("\"") || src.contains("\\")) {
                continue;
            }
            Element preload = new Element("link").attr("rel", "modulepreload").attr("href", src);
            if (script.hasAttr("crossorigin")) {
                preload.attr("crossorigin", script.attr("crossorigin"));
            }
            Element start = new Element("script").attr("type", "module");
            start.appendChild(new DataNode(START_AFTER_PAINT.replace("SRC", src)));
            script.before(preload);
            script.replaceWith(start);
        }
    }
}
