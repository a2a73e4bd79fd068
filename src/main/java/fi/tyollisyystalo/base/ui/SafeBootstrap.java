package fi.tyollisyystalo.base.ui;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

import fi.tyollisyystalo.base.security.ContentSecurityPolicy;

/**
 * Makes the bootstrap page safe to carry the first view's state. With {@code vaadin.eagerServerLoad}
 * Vaadin writes that state (every text of the view: a search typed into the address bar, an editor's
 * service text) as JSON into an inline {@code <script>} without escaping, so a {@code </script>} in any
 * value closes the element and the rest runs as HTML. JSON has {@code <}, {@code >} and {@code &} only
 * inside strings, where {@code \u003c} means the same; written that way no value can end the script.
 * Every script of the page then gets the request's CSP nonce, so script injected any other way does not
 * run (DD006).
 */
final class SafeBootstrap {

    /** How Vaadin's IndexHtmlRequestHandler starts the script that carries the initial state. */
    static final String INITIAL_STATE_PREFIX = "window.Vaadin.TypeScript=";

    private SafeBootstrap() {
    }

    static void apply(IndexHtmlResponse response) {
        Document document = response.getDocument();
        escapeInitialState(document);
        if (response.getVaadinRequest() instanceof VaadinServletRequest servletRequest) {
            String nonce = ContentSecurityPolicy.nonce(servletRequest.getHttpServletRequest());
            document.getElementsByTag("script").attr("nonce", nonce);
        }
    }

    static void escapeInitialState(Document document) {
        for (Element script : document.getElementsByTag("script")) {
            for (DataNode node : script.dataNodes()) {
                String data = node.getWholeData();
                int start = data.indexOf(INITIAL_STATE_PREFIX);
                if (start >= 0) {
                    int json = start + INITIAL_STATE_PREFIX.length();
                    node.setWholeData(data.substring(0, json) + escapeForScript(data.substring(json)));
                }
            }
        }
    }

    /** JSON text made safe inside an HTML script element without changing its value. */
    static String escapeForScript(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                // line and paragraph separators end a line in older JavaScript engines
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
