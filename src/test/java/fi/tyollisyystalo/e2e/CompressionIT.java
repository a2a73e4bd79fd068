package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Response;

/**
 * Every text resource a resident's phone loads is sent compressed when the browser asks for it, and still
 * plainly when it does not (issue #14): the pages, Vaadin's bundle script, Lumo's and our CSS, the open
 * API's JSON, and in a real browser the UIDL answers of a search.
 */
class CompressionIT extends BrowserTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"\\./([^\"]+\\.(?:js|css)[^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The home page's own scripts and stylesheets (the bundle, lumo.css, the theme), as the page names them. */
    private List<String> homeAssets() throws Exception {
        String html = new String(get("/", null).body(), StandardCharsets.UTF_8);
        List<String> assets = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            assets.add("/" + m.group(1));
        }
        assertThat(assets).anyMatch(a -> a.startsWith("/VAADIN/build/") && a.contains(".js"))
                .anyMatch(a -> a.startsWith("/lumo/lumo.css")).anyMatch(a -> a.startsWith("/themes/"));
        return assets;
    }

    @Test
    void the_pages_scripts_styles_and_json_are_gzipped_on_request_and_plain_without() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/", "/services?q=velkaneuvontaan", "/api/v1/services"));
        paths.addAll(homeAssets());
        for (String path : paths) {
            HttpResponse<byte[]> plain = get(path, null);
            HttpResponse<byte[]> gzip = get(path, "gzip");
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(gzip.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gzip.headers().allValues("Vary")).as(path).anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("accept-encoding"));
            byte[] unzipped = gunzip(gzip.body());
            // text compresses to well under half; the pages differ between requests only by their nonce and ids
            assertThat(gzip.body().length).as(path).isLessThan(plain.body().length * 2 / 5);
            if (path.startsWith("/VAADIN/") || path.startsWith("/lumo/") || path.startsWith("/themes/")) {
                assertThat(unzipped).as(path).isEqualTo(plain.body());
            } else {
                assertThat(Math.abs(unzipped.length - plain.body().length)).as(path)
                        .isLessThan(plain.body().length / 20);
            }
            String text = new String(plain.body(), StandardCharsets.UTF_8);
            if (path.equals("/") || path.startsWith("/services")) {
                assertThat(text).contains("<html").contains("</html>");
            }
        }
    }

    @Test
    void brotli_is_used_where_a_precompressed_file_exists_and_gzip_elsewhere() throws Exception {
        for (String path : homeAssets()) {
            HttpResponse<byte[]> both = get(path, "gzip, br");
            HttpResponse<byte[]> plain = get(path, null);
            assertThat(both.headers().firstValue("Content-Encoding")).as(path).get()
                    .isIn("gzip", "br");
            assertThat(both.body().length).as(path).isLessThan(plain.body().length * 2 / 5);
        }
    }

    @Test
    void in_a_browser_every_text_response_of_a_search_is_compressed() {
        List<String> uncompressed = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        page.onResponse(response -> check(response, seen, uncompressed));
        open(page, "/");
        open(page, "/services");
        page.locator("#service-search input").fill("velkaneuvontaan");
        page.locator("#service-search input").press("Enter");
        page.waitForURL(u -> u.contains("q=velkaneuvontaan"));
        waitForVaadin(page);
        page.locator("#results .tt-service-card").first().waitFor();
        assertThat(seen).anyMatch(s -> s.contains("v-r=uidl")).anyMatch(s -> s.contains("lumo.css"))
                .anyMatch(s -> s.contains("/VAADIN/build/"));
        assertThat(uncompressed).isEmpty();
    }

    /** Text responses of 1 KB or more (Tomcat's threshold here) must carry a Content-Encoding. */
    private static void check(Response response, List<String> seen, List<String> uncompressed) {
        String type = response.headerValue("content-type");
        if (response.status() != 200 || type == null || !isText(type)) {
            return;
        }
        String length = response.headerValue("content-length");
        String encoding = response.headerValue("content-encoding");
        synchronized (seen) {
            seen.add(response.url());
            if (encoding == null && (length == null || Long.parseLong(length) >= 1024)) {
                uncompressed.add(response.url() + " (" + type + ", " + length + ")");
            }
        }
    }

    private static boolean isText(String type) {
        return type.startsWith("text/") || type.startsWith("application/json")
                || type.startsWith("application/javascript") || type.startsWith("image/svg+xml");
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
