package fi.tyollisyystalo.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.OpenSearchIntegrationTest;
import fi.tyollisyystalo.TcpRelay;
import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.PublishingStatus;
import fi.tyollisyystalo.servicemap.ServiceHit;
import fi.tyollisyystalo.servicemap.ServiceQuery;

/**
 * A real outage of the search engine: the application talks to OpenSearch through a TCP relay that the test
 * cuts (connections closed, port refusing) and restores. A change committed during the outage reaches the
 * index when the engine returns, and the start-up check finds a document that disagrees with the database.
 * Needs a running OpenSearch (scripts/opensearch-for-tests.sh), like every *OpenSearchIT.
 */
@OpenSearchIntegrationTest
class SearchOutageOpenSearchIT {

    private static final TcpRelay RELAY = new TcpRelay();

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        RELAY.start(URI.create(System.getProperty("tyollisyystalo.test.elasticsearch.uris", "http://127.0.0.1:9")));
        registry.add("tyollisyystalo.search.elasticsearch.uris", () -> "http://127.0.0.1:" + RELAY.port());
        registry.add("tyollisyystalo.search.retry-interval", () -> "PT1H"); // the test runs the retries itself
    }

    @AfterAll
    static void closeRelay() {
        RELAY.cut();
    }

    @Autowired ServiceEditing editing;
    @Autowired ServiceIndex index;
    @Autowired PendingIndexWork pending;
    @Autowired SearchIndexInitializer initializer;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void an_unpublish_during_an_outage_reaches_the_index_when_the_engine_returns() throws Exception {
        long id = publishedService("Katkotestineuvonta");
        assertThat(found("Katkotestineuvonta")).contains(id);

        RELAY.cut();
        try {
            // the editor's change is committed and not reported as failed
            tx.executeWithoutResult(s -> editing.setStatus(id, PublishingStatus.DRAFT, "test", "Testaaja"));
            assertThat(jdbc.queryForObject("SELECT status FROM service WHERE id = ?", String.class, id)).isEqualTo("DRAFT");
            assertThat(jdbc.queryForList("SELECT service_id FROM search_index_pending", Long.class)).contains(id);
            assertThat(status("/api/v1/services?q=Katkotestineuvonta")).isEqualTo(503);
            assertThat(status("/actuator/health/readiness")).isEqualTo(503);
            assertThat(pending.retry()).isFalse();
        } finally {
            RELAY.restore();
        }

        assertThat(pending.retry()).isTrue();
        assertThat(pending.count()).isZero();
        assertThat(found("Katkotestineuvonta")).doesNotContain(id);
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        assertThat(status("/api/v1/services?q=Katkotestineuvonta")).isEqualTo(200);
    }

    @Test
    void the_start_up_check_rewrites_a_document_that_disagrees_with_the_database() throws Exception {
        long id = publishedService("Unohtunutkatkopalvelu");
        assertThat(found("Unohtunutkatkopalvelu")).contains(id);
        RELAY.cut();
        try {
            tx.executeWithoutResult(s -> editing.setStatus(id, PublishingStatus.DRAFT, "test", "Testaaja"));
        } finally {
            // as if the node had stopped before its retry: nothing pending, the index still says published
            jdbc.update("DELETE FROM search_index_pending");
            RELAY.restore();
        }
        assertThat(found("Unohtunutkatkopalvelu")).contains(id);
        assertThat(initializer.disagreeing()).containsExactly(id);

        initializer.run(null);

        assertThat(found("Unohtunutkatkopalvelu")).doesNotContain(id);
        assertThat(initializer.disagreeing()).isEmpty();
    }

    private long publishedService(String name) {
        long org = tx.execute(s -> editing.saveOrganisation(null, new LocalizedText("Katkoyhdistys", null, null),
                OrganisationType.NGO, null));
        long id = tx.execute(s -> editing.create(org, ElasticsearchBackendIT.data(name), "test", "Testaaja"));
        tx.executeWithoutResult(s -> editing.setStatus(id, PublishingStatus.PUBLISHED, "test", "Testaaja"));
        return id;
    }

    private List<Long> found(String text) {
        return index.search(ServiceQuery.ALL.withText(text), Languages.FINNISH, 0, 20).hits().stream()
                .map(ServiceHit::id).toList();
    }

    private int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
