package fi.tyollisyystalo.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.servicemap.internal.search.ElasticsearchSearchAnalysisConfigurer;
import fi.tyollisyystalo.servicemap.internal.search.SearchAnalysisConfigurer;

/** The switch between the local Lucene index and an Elasticsearch/OpenSearch cluster. */
class SearchBackendConfigurationTest {

    /** What spring.jpa.properties.hibernate.search.* in application.properties gives. */
    private static Map<String, Object> applicationProperties() {
        Map<String, Object> p = new HashMap<>();
        p.put("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
        p.put("hibernate.search.schema_management.strategy", "create-or-update");
        return p;
    }

    @Test
    void lucene_gets_its_folder_analysis_and_index_format() {
        Map<String, Object> p = applicationProperties();
        SearchBackendConfiguration.apply(p, "lucene", "data/index", "http://localhost:9200", "", "");

        assertThat(p).containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry("hibernate.search.backend.directory.type", "local-filesystem")
                .containsEntry("hibernate.search.backend.directory.root", "data/index")
                .containsEntry("hibernate.search.backend.lucene_version", SearchBackendConfiguration.LUCENE_VERSION)
                .containsEntry("hibernate.search.backend.analysis.configurer",
                        "class:" + SearchAnalysisConfigurer.class.getName())
                .doesNotContainKey("hibernate.search.backend.uris");
    }

    @Test
    void explicit_hibernate_search_properties_win() {
        Map<String, Object> p = applicationProperties();
        p.put("hibernate.search.backend.directory.type", "local-heap");
        SearchBackendConfiguration.apply(p, "lucene", "data/index", "", "", "");

        assertThat(p).containsEntry("hibernate.search.backend.directory.type", "local-heap")
                .doesNotContainKey("hibernate.search.backend.directory.root");

        Map<String, Object> es = applicationProperties();
        es.put("hibernate.search.backend.uris", "https://explicit:9200");
        SearchBackendConfiguration.apply(es, "elasticsearch", "data/index", "http://localhost:9200", "", "");
        assertThat(es).containsEntry("hibernate.search.backend.uris", "https://explicit:9200");
    }

    @Test
    void elasticsearch_gets_its_address_and_analysis_and_none_of_the_lucene_settings() {
        Map<String, Object> p = applicationProperties();
        SearchBackendConfiguration.apply(p, " Elasticsearch ", "data/index", "https://search.example:9200", "", "");

        assertThat(p).containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", "https://search.example:9200")
                .containsEntry("hibernate.search.backend.analysis.configurer",
                        "class:" + ElasticsearchSearchAnalysisConfigurer.class.getName())
                .doesNotContainKeys("hibernate.search.backend.directory.type", "hibernate.search.backend.directory.root",
                        "hibernate.search.backend.lucene_version", "hibernate.search.backend.username")
                .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "read-sync")
                .containsEntry("hibernate.search.schema_management.strategy", "create-or-update");
    }

    @Test
    void read_sync_becomes_read_sync_with_retried_failures_and_the_backend_is_named_without_credentials() {
        Map<String, Object> p = applicationProperties();
        SearchBackendConfiguration.apply(p, "elasticsearch", "data/index", "http://opensearch:9200", "app", "secret");
        SearchBackendConfiguration.recoverFailures(p, () -> null);
        assertThat(p.get("hibernate.search.indexing.plan.synchronization.strategy"))
                .isInstanceOf(RecoveringIndexingStrategy.class);
        assertThat(SearchBackendConfiguration.describe(p)).isEqualTo("elasticsearch at http://opensearch:9200");

        Map<String, Object> explicit = applicationProperties();
        explicit.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
        SearchBackendConfiguration.recoverFailures(explicit, () -> null);
        assertThat(explicit).containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "sync");

        Map<String, Object> lucene = applicationProperties();
        SearchBackendConfiguration.apply(lucene, "lucene", "data/index", "", "", "");
        assertThat(SearchBackendConfiguration.describe(lucene)).isEqualTo("lucene in data/index");
    }

    @Test
    void credentials_are_passed_only_when_given() {
        Map<String, Object> p = applicationProperties();
        SearchBackendConfiguration.apply(p, "opensearch", "data/index", "http://opensearch:9200", "app", "secret");

        assertThat(p).containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.username", "app")
                .containsEntry("hibernate.search.backend.password", "secret");
    }

    @Test
    void an_unknown_backend_stops_the_start() {
        assertThatThrownBy(() -> SearchBackendConfiguration.apply(new HashMap<>(), "solr", "", "", "", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("solr");
    }
}
