package fi.tyollisyystalo.base.ui;

import java.util.function.UnaryOperator;

import org.jsoup.nodes.Element;

/**
 * A feature's first paint for the addresses it answers (a Spring bean): what its public page shows before Vaadin's
 * client has run — usually the page's heading and lead, as the view itself renders them (issue #14).
 */
public interface FirstPaintContent {

    /** Whether this content is for {@code path} (without the leading slash and the query). */
    boolean handles(String path);

    /** Appends the page's first paint to {@code main}, with texts in {@code translate}'s language (escaped). */
    void render(Element main, UnaryOperator<String> translate);
}
