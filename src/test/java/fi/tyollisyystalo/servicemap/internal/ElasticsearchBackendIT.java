package fi.tyollisyystalo.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import fi.tyollisyystalo.base.i18n.Languages;
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
 * in the application). Indexing and searching on a real cluster: docs/decisions/DD004.
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
