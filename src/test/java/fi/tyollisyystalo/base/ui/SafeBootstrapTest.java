package fi.tyollisyystalo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SafeBootstrapTest {

    private static Document pageWithState(String json) {
        Document d = Jsoup.parse("<html><head></head><body></body></html>");
        Element script = d.head().appendElement("script").attr("initial", "");
        script.appendChild(new DataNode("window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= " + json + ";"));
        Element other = d.head().appendElement("script").attr("initial", "");
        other.appendChild(new DataNode("window.onerror = (a, b) => a && b;"));
        return d;
    }

    @Test
    void a_closing_script_tag_in_the_state_cannot_end_the_script() {
        Document d = pageWithState("{\"q\":\"</script><img src=x onerror=alert(1)>&amp;\"}");
        SafeBootstrap.escapeInitialState(d);
        String html = d.html();
        assertThat(html).doesNotContain("</script><img").doesNotContain("<img");
        assertThat(html).contains("\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e\\u0026amp;");
        // reparsed, the page still has exactly the two scripts and no image
        Document again = Jsoup.parse(html);
        assertThat(again.getElementsByTag("script")).hasSize(2);
        assertThat(again.getElementsByTag("img")).isEmpty();
    }

    @Test
    void other_inline_scripts_are_left_as_they_are() {
        Document d = pageWithState("{}");
        SafeBootstrap.escapeInitialState(d);
        assertThat(d.html()).contains("(a, b) => a && b");
    }

    @Test
    void escaping_keeps_the_json_value() {
        String json = "{\"a\":\"<b>&\u2028x\",\"n\":[1,2]}";
        String escaped = SafeBootstrap.escapeForScript(json);
        assertThat(escaped).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(escaped))
                .isEqualTo(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json));
    }
}
