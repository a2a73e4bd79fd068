package fi.tyollisyystalo.base.ui;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.Element;

/**
 * A feature's first paint for the addresses it answers (a Spring bean): what its public page shows before Vaadin's
 * client has run — usually the page's heading and lead, as the view itself renders them (issue #14).
 */
public interface FirstPaintContent {

    /** Whether this content is for {@code path} (without the leading slash and the query). */
    boolean handles(String path);

    /**
     * Appends the page's first paint for {@code path} to {@code main}, in {@code locale} with the interface's texts from
     * {@code translate} (everything escaped: jsoup's {@code text()}).
     */
    void render(Element main, String path, Locale locale, UnaryOperator<String> translate);
}
