package fi.tyollisyystalo.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.PublishingStatus;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.ServiceQuery;
import fi.tyollisyystalo.servicemap.internal.search.SearchAnalyzers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application under the {@code elasticsearch} profile, without a server (none can run on the
 * development machines): Hibernate Search boots its Elasticsearch backend with the version check and
 * schema management off, pointed at an address where nothing listens, so any request would fail. What
 * it checks is what the mapping would send: the index schema (every analyzer a field names is defined
 * in the index settings from server components) and the queries (Finnish text turned into Voikko terms
 * in the application); and what an unreachable search engine does to the rest: the API answers 503, readiness
 * is down, and a committed change waits in {@code search_index_pending}. Indexing and searching on a real
 * cluster, and the recovery: docs/decisions/DD004, {@code SearchOutageOpenSearchIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "tyollisyystalo.demo-data.enabled=false",
    "tyollisyystalo.search.rebuild-on-start=false",
    "tyollisyystalo.search.elasticsearch.uris=http://127.0.0.1:9",
    "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
    "spring.jpa.properties.hibernate.search.backend.version=" + ElasticsearchBackendIT.VERSION,
    "spring.jpa.properties.hibernate.search.schema_management.strategy=none"})
@ActiveProfiles({"test", "elasticsearch"})
class ElasticsearchBackendIT {

    /** The OpenSearch of docker-compose.yml. */
    static final String VERSION = "opensearch:3.4";

    /** Built-in Elasticsearch/OpenSearch tokenizers and token filters the analysis may use. */
    private static final Set<String> BUILT_IN = Set.of("standard", "whitespace", "lowercase", "porter_stem",
            "remove_duplicates");

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired EntityManager entityManager;
    @Autowired ServiceIndex index;
    @Autowired TransactionTemplate tx;
    @Autowired ServiceEditing editing;
    @Autowired PendingIndexWork pending;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void hibernate_search_runs_on_its_elasticsearch_backend() {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        assertThat(mapping.backend().unwrap(ElasticsearchBackend.class)).isNotNull();
    }

    @Test
    void every_analyzer_and_normalizer_a_field_names_is_defined_in_the_index_settings(@TempDir Path dir)
            throws IOException {
        Search.mapping(entityManagerFactory).scope(ServiceEntity.class).schemaManager().exportExpectedSchema(dir);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertThat(files).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        JsonNode settings = null;
        JsonNode mappings = null;
        for (Path file : files) {
            JsonNode node = json.readTree(Files.readString(file));
            if (node.has("settings") || node.has("analysis")) {
                settings = node.has("settings") ? node.get("settings") : node;
            }
            if (node.has("mappings") || node.has("properties")) {
                mappings = node.has("mappings") ? node.get("mappings") : node;
            }
        }
        assertThat(settings).as("index settings in " + files).isNotNull();
        assertThat(mappings).as("index mappings in " + files).isNotNull();
        JsonNode analysis = settings.has("index") ? settings.get("index").get("analysis") : settings.get("analysis");
        assertThat(analysis).as("analysis in " + settings).isNotNull();

        Set<String> analyzers = names(analysis.get("analyzer"));
        Set<String> normalizers = names(analysis.get("normalizer"));
        Set<String> filters = names(analysis.get("filter"));
        assertThat(analyzers).containsAll(List.of(SearchAnalyzers.FI, SearchAnalyzers.SV, SearchAnalyzers.EN,
                SearchAnalyzers.AUTOCOMPLETE_FI, SearchAnalyzers.PREFIX_QUERY));
        assertThat(normalizers).contains(SearchAnalyzers.KEYWORD_LOWER);

        Set<String> usedAnalyzers = new TreeSet<>();
        Set<String> usedNormalizers = new TreeSet<>();
        collect(mappings, usedAnalyzers, usedNormalizers);
        assertThat(usedAnalyzers).contains(SearchAnalyzers.FI, SearchAnalyzers.PREFIX_QUERY);
        assertThat(analyzers).containsAll(usedAnalyzers);
        assertThat(normalizers).containsAll(usedNormalizers);

        for (String name : analyzers) {
            JsonNode analyzer = analysis.get("analyzer").get(name);
            assertThat(BUILT_IN).as("tokenizer of " + name).contains(analyzer.get("tokenizer").asString());
            for (JsonNode filter : analyzer.path("filter")) {
                assertThat(BUILT_IN.contains(filter.asString()) || filters.contains(filter.asString()))
                        .as(filter.asString() + " in " + name).isTrue();
            }
        }
        // the Finnish field gets Voikko's terms from the application: the server only splits them
        assertThat(analysis.get("analyzer").get(SearchAnalyzers.FI).get("tokenizer").asString()).isEqualTo("whitespace");
        // the hit card fields are there to be projected
        assertThat(mappings.toString()).contains("fi_stored", "indexVersion");
    }

    @Test
    void a_finnish_query_is_sent_as_the_terms_of_the_java_analyzer() {
        String query = tx.execute(status -> Search.session(entityManager).search(ServiceEntity.class)
                .where(f -> index.predicate(f, ServiceQuery.ALL.withText("mielenterveyspalveluihin"),
                        Languages.FINNISH, null))
                .toQuery().queryString());

        assertThat(query).contains("name.fi", "summary.fi", "name.sv", "name.fi_prefix")
                .contains("mielenterveyspalvelu mielenterveys terveyspalvelu mieli terveys palvelu");
        // Swedish and English fields get the text as typed: their analyzers run on the server
        assertThat(query).contains("\"mielenterveyspalveluihin\"");
        // the strict requirement: the word's whole base form as an index term, in fi and in fi_whole (issue 13)
        assertThat(query).contains("name.fi_whole", "keywords.fi", "\"mielenterveyspalvelu\"");
    }

    @Test
    void while_the_search_engine_is_unreachable_the_api_answers_503_with_retry_after() throws Exception {
        HttpResponse<String> r = get("/api/v1/services?q=velka");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("type").asString()).endsWith("/problems/unavailable");
        assertThat(r.body()).doesNotContain("Exception", "127.0.0.1:9");
    }

    @Test
    void readiness_reports_the_unreachable_search_engine() throws Exception {
        HttpResponse<String> r = get("/actuator/health/readiness");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("DOWN");
    }

    @Test
    void a_change_the_search_engine_does_not_take_is_committed_and_kept_until_it_does() {
        long org = tx.execute(s -> editing.saveOrganisation(null, new LocalizedText("Testiyhdistys", null, null),
                OrganisationType.NGO, null));
        // neither call throws: the database change stands and the editor is not told it failed
        long id = tx.execute(s -> editing.create(org, data("Velkaneuvonta katkon aikana"), "test", "Testaaja"));
        tx.executeWithoutResult(s -> editing.setStatus(id, PublishingStatus.PUBLISHED, "test", "Testaaja"));

        assertThat(jdbc.queryForObject("SELECT status FROM service WHERE id = ?", String.class, id)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForList("SELECT service_id FROM search_index_pending", Long.class)).contains(id);
        assertThat(pending.count()).isPositive();

        // the retry finds the engine still down: the work stays, with the attempt counted
        assertThat(pending.retry()).isFalse();
        assertThat(jdbc.queryForObject("SELECT attempts FROM search_index_pending WHERE service_id = ?", Integer.class,
                id)).isPositive();
        assertThat(jdbc.queryForList("SELECT service_id FROM search_index_pending", Long.class)).contains(id);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static ServiceData data(String name) {
        return new ServiceData(new LocalizedText(name, null, null), new LocalizedText("Tiivistelmä", null, null),
                new LocalizedText("Kuvaus", null, null), new LocalizedText("Ota yhteyttä", null, null),
                new LocalizedText("", null, null), ChargeType.FREE, Set.of(Domain.EVERYDAY), Set.of(), Set.of("fi"),
                Set.of(), List.of(), null, null);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        if (object != null) {
            names.addAll(object.propertyNames());
        }
        return names;
    }

    /** Analyzer and normalizer names anywhere in the mapping tree. */
    private static void collect(JsonNode node, Set<String> analyzers, Set<String> normalizers) {
        if (node.isObject()) {
            for (String key : new ArrayList<>(node.propertyNames())) {
                JsonNode value = node.get(key);
                if ((key.equals("analyzer") || key.equals("search_analyzer")) && value.isString()) {
                    analyzers.add(value.asString());
                } else if (key.equals("normalizer") && value.isString()) {
                    normalizers.add(value.asString());
                } else {
                    collect(value, analyzers, normalizers);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                collect(child, analyzers, normalizers);
            }
        }
    }
}
