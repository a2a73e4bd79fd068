package fi.tyollisyystalo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.e2e.HostileInput;

/**
 * The served bootstrap page, read as the raw HTML a browser gets: the first view's state never holds a
 * raw {@code </script>} or tag from a value, and every script carries the request's CSP nonce.
 */
@IntegrationTest
class BootstrapPageIT {

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static java.util.List<HostileInput.Value> values() {
        return HostileInput.forUrls();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void a_search_in_the_address_never_ends_up_as_markup(HostileInput.Value value) throws Exception {
        HttpResponse<String> response = get("/services?q=" + value.encoded());
        if (value.text().length() > 8_000) {
            // longer than Tomcat's request header limit: refused before the application
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).doesNotContain("Exception");
            return;
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertSafe(response);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void a_hostile_route_parameter_answers_not_found_and_never_markup(HostileInput.Value value) throws Exception {
        HttpResponse<String> response = get("/services/" + value.encoded());
        if (response.statusCode() == 400) {
            // Tomcat and Spring Security's firewall refuse an encoded slash, a semicolon or an over-long
            // request line before the application sees it
            assertThat(value.text()).containsAnyOf("/", "\\", "%", ";", "bbbbbbbbbb");
            assertThat(response.body()).doesNotContain("<img").doesNotContain("<svg").doesNotContain("Exception");
            return;
        }
        assertThat(response.statusCode()).isEqualTo(404);
        assertSafe(response);
    }

    @org.junit.jupiter.api.Test
    void a_missing_resource_outside_the_views_gets_the_three_language_page_not_a_whitelabel() throws Exception {
        HttpResponse<String> response = get("/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/x.pdf");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Sivua ei löytynyt", "Sidan hittades inte", "Page not found")
                .doesNotContain("Whitelabel").doesNotContain("Exception");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({"/, fi-FI", "/, sv-FI", "/, en-GB", "/services, fi-FI",
        "/services, sv-FI"})
    void a_public_page_shows_its_first_words_before_the_client_has_run(String path, String language)
            throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        Element outlet = Jsoup.parse(response.body()).getElementById("outlet");
        assertThat(outlet).isNotNull();
        Element first = outlet.selectFirst(".tt-firstpaint");
        assertThat(first).as("first paint in " + outlet).isNotNull();
        assertThat(first.attr("lang")).isEqualTo(locale.getLanguage());
        assertThat(first.select(".tt-brand__name").text()).isEqualTo(translations.getTranslation("app.name", locale));
        assertThat(first.select("main h1").text()).isEqualTo(translations.getTranslation(
                path.equals("/") ? "home.hero.title" : "servicemap.title", locale));
        assertThat(first.select("script, form, input")).isEmpty();
        assertClientStartsAfterFirstPaint(Jsoup.parse(response.body()));
    }

    /** The client's script is preloaded, and started only by the small module that waits for a painted frame. */
    private static void assertClientStartsAfterFirstPaint(Document page) {
        Element preload = page.selectFirst("link[rel=modulepreload][href*=VAADIN/build/indexhtml]");
        assertThat(preload).as("module preload of the client").isNotNull();
        assertThat(page.select("script[src*=indexhtml]")).as("no script that runs before the first paint").isEmpty();
        assertThat(page.select("script[type=module]").stream().map(Element::data))
                .anySatisfy(code -> assertThat(code).contains("first-contentful-paint")
                        .contains("import(\"" + preload.attr("href") + "\")"));
    }

    @org.springframework.beans.factory.annotation.Autowired com.vaadin.flow.i18n.I18NProvider translations;

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fi-FI", "sv-FI"})
    void a_service_page_shows_the_service_before_the_client_has_run(String language) throws Exception {
        String first = firstServicePath(language);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + first))
                .header("Accept", "text/html").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        Element paint = page.selectFirst("#outlet .tt-firstpaint main .tt-service");
        assertThat(paint).as("the service in the first paint").isNotNull();
        assertThat(paint.select("h1").text()).isNotBlank();
        assertThat(paint.select("p.tt-lead").text()).isNotBlank();
        assertThat(paint.select("script, form, input")).isEmpty();
        assertClientStartsAfterFirstPaint(page);
        assertSafe(response);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/services/999999999", "/services/abc", "/services/1/x"})
    void an_address_that_is_no_service_has_no_service_in_its_first_paint(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.body()).doesNotContain("tt-service\"").doesNotContain("Exception");
    }

    /** The address of the first service in the service map's search, as its first result card links to it. */
    private String firstServicePath(String language) throws Exception {
        HttpResponse<String> map = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/services?q=velkaneuvonta")).header("Accept", "text/html").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher link = Pattern.compile("/services/(\\d+)").matcher(map.body());
        assertThat(link.find()).as("a service link on the service map").isTrue();
        return "/services/" + link.group(1);
    }

    static void assertSafe(HttpResponse<String> response) {
        String html = response.body();
        Document page = Jsoup.parse(html);
        Element state = page.select("script").stream().filter(s -> s.data().contains(SafeBootstrap.INITIAL_STATE_PREFIX))
                .findFirst().orElseThrow(() -> new AssertionError("no initial state script"));
        String data = state.data();
        assertThat(data).doesNotContain("</").doesNotContain("<img").doesNotContain("<svg").doesNotContain("<script");
        assertThat(page.select("img[onerror], svg[onload], [onload], [onerror]")).isEmpty();
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(csp);
        assertThat(nonce.find()).as("CSP has a nonce: " + csp).isTrue();
        assertThat(csp).contains("script-src-attr 'none'").contains("object-src 'none'").contains("frame-ancestors 'none'");
        for (Element script : page.select("script")) {
            assertThat(script.attr("nonce")).as(script.outerHtml()).isEqualTo(nonce.group(1));
        }
    }
}
