package fi.tyollisyystalo.servicemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.IntegrationTest;

/** The open read API: paging, filters, one service, no internal fields, and the rate limit. */
@IntegrationTest
class ServiceApiIT {

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String path, String client) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
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
        int limited = 0;
        for (int i = 0; i < 140; i++) {
            HttpResponse<String> r = get("/api/v1/services/1", "203.0.113.99");
            if (r.statusCode() == 429) {
                limited++;
                assertThat(r.headers().firstValue("Retry-After")).contains("60");
            }
        }
        assertThat(limited).isGreaterThan(0);
        assertThat(get("/api/v1/services/1", "203.0.113.100").statusCode()).isNotEqualTo(429);
    }
}
