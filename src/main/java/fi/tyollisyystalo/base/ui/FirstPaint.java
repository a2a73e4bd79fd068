package fi.tyollisyystalo.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

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
 */
final class FirstPaint {

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
        contents.stream().filter(c -> c.handles(p)).findFirst().ifPresent(c -> c.render(main, translate));
        app.attr("lang", locale.getLanguage());
    }
}
