package fi.tyollisyystalo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Html;

/** Static markup keeps a text a text: a name that looks like markup is escaped, never rendered. */
class StaticHtmlTest {

    @Test
    void texts_are_escaped_and_the_root_keeps_its_tag_and_classes() {
        Element card = StaticHtml.root("li").addClass("tt-service-card");
        card.appendElement("h2").appendElement("a").attr("href", "/services/1?q=\"><script>")
                .text("<img src=x onerror=alert(1)> & </li>");
        Html html = StaticHtml.of(card);
        assertThat(html.getElement().getTag()).isEqualTo("li");
        assertThat(html.getElement().getAttribute("class")).isEqualTo("tt-service-card");
        String inner = html.getInnerHtml();
        assertThat(inner).doesNotContain("<img").doesNotContain("<script").doesNotContain("</li>")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/li&gt;")
                .doesNotContain("\n");
    }
}
