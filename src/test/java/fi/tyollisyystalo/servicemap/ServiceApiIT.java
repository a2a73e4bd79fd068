package fi.tyollisyystalo.servicemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.IntegrationTest;

/**
 * The open read API: paging, filters, one service, no internal fields, problem details for every
 * error, and the rate limit. The test's own connections come from 127.0.0.1, a trusted proxy in the
 * test profile; an untrusted client connects from 127.0.0.2.
 */
@IntegrationTest
class ServiceApiIT {

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String path, String client) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_through_published_services_with_total_elements() throws Exception {
        JsonNode first = json.readTree(get("/api/v1/services?size=7&page=0", "198.51.100.1").body());
        assertThat(first.get("totalElements").asLong()).isGreaterThanOrEqualTo(150);
        assertThat(first.get("content").size()).isEqualTo(7);
        long total = first.get("totalElements").asLong();
        long lastPage = (total - 1) / 7;
        JsonNode last = json.readTree(get("/api/v1/services?size=7&page=" + lastPage, "198.51.100.1").body());
        assertThat(last.get("content").size()).isEqualTo((int) (total - lastPage * 7));
        assertThat(first.get("content").get(0).get("id").asLong())
                .isNotEqualTo(last.get("content").get(0).get("id").asLong());
    }

    @Test
    void filters_by_text_domain_and_municipality() throws Exception {
        JsonNode page = json.readTree(get("/api/v1/services?q=velkaneuvontaan&lang=fi&size=5", "198.51.100.2").body());
        assertThat(page.get("content").get(0).get("name").get("fi").asString()).contains("velkaneuvonta");
        JsonNode mind = json.readTree(get("/api/v1/services?domain=MIND&municipality=405&size=100", "198.51.100.2").body());
        for (JsonNode s : mind.get("content")) {
            assertThat(s.get("domains").toString()).contains("MIND");
        }
    }

    @Test
    void one_service_has_its_channels_and_never_internal_fields() throws Exception {
        JsonNode page = json.readTree(get("/api/v1/services?size=100", "198.51.100.3").body());
        String all = page.toString();
        assertThat(all).doesNotContain("internalReferral").doesNotContain("internalContact").doesNotContain("contactPerson");
        long id = page.get("content").get(0).get("id").asLong();
        HttpResponse<String> one = get("/api/v1/services/" + id, "198.51.100.3");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json.readTree(one.body()).get("channels").isArray()).isTrue();
        assertThat(get("/api/v1/services/99999999", "198.51.100.3").statusCode()).isEqualTo(404);
    }

    @Test
    void a_client_that_asks_too_often_is_told_to_wait() throws Exception {
        long started = System.nanoTime();
        int passed = 0;
        for (int i = 0; i < 300; i++) {
            HttpResponse<String> r = get("/api/v1/services/1", "203.0.113.99");
            if (r.statusCode() == 429) {
                assertThat(r.headers().firstValue("Retry-After")).contains("60");
            } else {
                passed++;
            }
        }
        assertThat(passed).isLessThanOrEqualTo(allowedSince(started));
        assertThat(get("/api/v1/services/1", "203.0.113.100").statusCode()).isNotEqualTo(429);
    }

    /** 120 a minute with a burst of 120: what the bucket lets through since {@code started} (2 a second refill). */
    private static int allowedSince(long started) {
        return 120 + (int) (2 * (System.nanoTime() - started) / 1_000_000_000L) + 2;
    }

    @Test
    void a_parameter_outside_the_published_schema_is_a_problem_naming_it() throws Exception {
        String[][] cases = {
            {"domain=NOPE", "domain"}, {"domain=mind", "domain"}, {"size=100000", "size"}, {"size=0", "size"},
            {"page=-1", "page"}, {"page=10001", "page"}, {"page=abc", "page"}, {"size=1e3", "size"},
            {"lang=xx", "lang"}, {"q=" + "a".repeat(201), "q"}, {"municipality=12", "municipality"},
            {"municipality=999", "municipality"}, {"municipality=%3Cscript%3E", "municipality"}};
        for (String[] c : cases) {
            HttpResponse<String> r = get("/api/v1/services?" + c[0], "198.51.100.4");
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).as(c[0]).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(r.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("type").asString()).endsWith("/problems/invalid-parameter");
            assertThat(problem.get("title").asString()).isNotBlank();
            assertThat(problem.get("detail").asString()).contains(c[1]);
            assertThat(problem.get("parameter").asString()).as(c[0]).isEqualTo(c[1]);
            assertThat(r.body()).doesNotContain("Exception", "trace");
        }
        // the limits themselves are allowed
        assertThat(get("/api/v1/services?size=100&page=0&lang=sv&domain=MIND&municipality=405&q=" + "a".repeat(200),
                "198.51.100.4").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/services?size=1&page=10000", "198.51.100.4").statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_service_or_address_under_the_api_is_a_problem_404() throws Exception {
        for (String path : new String[] {"/api/v1/services/abc", "/api/v1/services/99999999999999999999",
            "/api/v1/services/99999999", "/api/v1/services/-1", "/api/v1/nothing-here", "/api/v2/services"}) {
            HttpResponse<String> r = get(path, "198.51.100.5");
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(r.body());
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("type").asString()).endsWith("/problems/not-found");
            assertThat(problem.get("detail").asString()).isNotBlank();
        }
        // the published description itself is still there
        HttpResponse<String> spec = get("/api/v1/openapi.yaml", "198.51.100.5");
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("maxLength: 200", "application/problem+json");
    }

    @Test
    void an_untrusted_client_cannot_escape_the_limit_with_forwarded_addresses() throws Exception {
        HttpClient untrusted = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        long started = System.nanoTime();
        int limited = 0;
        for (int i = 0; i < 300; i++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String spoofed = random.nextInt(1, 224) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + random.nextInt(1, 255);
            HttpResponse<String> r = untrusted.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/services/1"))
                    .header("X-Forwarded-For", spoofed).header("Forwarded", "for=" + spoofed).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                limited++;
                assertThat(r.headers().firstValue("Retry-After")).contains("60");
                assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                        t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(json.readTree(r.body()).get("status").asInt()).isEqualTo(429);
            }
        }
        // every spoofed address counts as the one real client
        assertThat(300 - limited).isLessThanOrEqualTo(allowedSince(started));
    }
}
