package fi.tyollisyystalo.base.ui;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;

/**
 * Markup that has nothing to listen to (a result card, the footer), built with jsoup and sent as one
 * {@link Html} component: one server-side node instead of a component, element and state per tag, which is
 * most of what an open page costs the server (issue #14, docs/benchmarks.md). Texts go in with
 * {@link Element#text(String)}, which escapes them; never put a visitor's or an editor's text in as markup.
 * Links are ordinary links, and the router follows those within the application as it does an {@code Anchor}.
 */
public final class StaticHtml {

    private StaticHtml() {
    }

    /** A root element to build on, written out without pretty-printing (no whitespace added between tags). */
    public static Element root(String tag) {
        Document markup = Document.createShell("");
        // a character outside Latin-1 (a dash, a curly quote) is written as a reference, so that the markup kept on
        // the server is a Latin-1 string of one byte per character, not two for all of it (JEP 254)
        markup.outputSettings().prettyPrint(false).charset(StandardCharsets.ISO_8859_1);
        return markup.body().appendElement(tag);
    }

    /**
     * Puts what is inside {@code content} (not the element itself) into {@code target} as its only content, one
     * property on one node; written again, it replaces what was there. For a container whose own element needs to
     * stay (an id, a landmark's label) and whose content changes.
     */
    public static void fill(HasElement target, Element content) {
        target.getElement().removeAllChildren();
        target.getElement().setProperty("innerHTML", content.html());
    }

    /** The element and everything in it as one component. */
    public static Html of(Element root) {
        return new Html(root.outerHtml());
    }
}
