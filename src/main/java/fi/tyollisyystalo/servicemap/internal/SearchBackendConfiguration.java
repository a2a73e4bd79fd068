package fi.tyollisyystalo.servicemap.internal;

import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import fi.tyollisyystalo.servicemap.internal.search.ElasticsearchSearchAnalysisConfigurer;
import fi.tyollisyystalo.servicemap.internal.search.SearchAnalysisConfigurer;

/**
 * Chooses Hibernate Search's backend from {@code tyollisyystalo.search.backend} (or the
 * {@code elasticsearch} profile). {@code lucene}, the default, keeps the index in the folder
 * {@code tyollisyystalo.search.index-dir} with the analyzers of {@link SearchAnalysisConfigurer};
 * {@code elasticsearch} sends it to the Elasticsearch or OpenSearch cluster at
 * {@code tyollisyystalo.search.elasticsearch.uris} with those of {@link ElasticsearchSearchAnalysisConfigurer}.
 * The mapping is the same for both (DD004). Only the chosen backend's settings are passed on, so that
 * Hibernate Search has none it does not use; an explicit {@code spring.jpa.properties.hibernate.search.*}
 * property wins over the defaults here (for example {@code ...backend.directory.type=local-heap} in
 * tests, or {@code ...backend.version_check.enabled=false} with {@code ...backend.version=opensearch:3.4}).
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

    static final String BACKEND = "hibernate.search.backend.";
    /** The Lucene index format, pinned so that Hibernate Search does not warn about a default. */
    static final String LUCENE_VERSION = "9.12.3";

    private static final Logger log = LoggerFactory.getLogger(SearchBackendConfiguration.class);
    static final String STRATEGY = "hibernate.search.indexing.plan.synchronization.strategy";

    @Bean
    HibernatePropertiesCustomizer searchBackend(Environment environment, ObjectProvider<PendingIndexWork> pending) {
        String backend = environment.getProperty("tyollisyystalo.search.backend", "lucene");
        String indexDir = environment.getProperty("tyollisyystalo.search.index-dir", "data/index");
        String uris = environment.getProperty("tyollisyystalo.search.elasticsearch.uris", "http://localhost:9200");
        String username = environment.getProperty("tyollisyystalo.search.elasticsearch.username", "");
        String password = environment.getProperty("tyollisyystalo.search.elasticsearch.password", "");
        return properties -> {
            apply(properties, backend, indexDir, uris, username, password);
            recoverFailures(properties, pending::getObject);
            log.info("Search backend: {}", describe(properties));
        };
    }

    /** read-sync whose failures are retried by {@link PendingIndexWork}; an explicit other strategy wins. */
    static void recoverFailures(Map<String, Object> properties, java.util.function.Supplier<PendingIndexWork> pending) {
        Object strategy = properties.get(STRATEGY);
        if (strategy == null || "read-sync".equals(strategy)) {
            properties.put(STRATEGY, new RecoveringIndexingStrategy(pending));
        }
    }

    /** The backend in use, for the start-up log and the health details (never a credential). */
    static String describe(Map<String, Object> properties) {
        Object type = properties.get(BACKEND + "type");
        return "elasticsearch".equals(type) ? "elasticsearch at " + properties.get(BACKEND + "uris")
                : "lucene in " + properties.getOrDefault(BACKEND + "directory.root", "memory ("
                        + properties.get(BACKEND + "directory.type") + ")");
    }

    static void apply(Map<String, Object> properties, String backend, String indexDir, String uris, String username,
            String password) {
        switch (backend.strip().toLowerCase(Locale.ROOT)) {
            case "lucene" -> {
                properties.put(BACKEND + "type", "lucene");
                properties.putIfAbsent(BACKEND + "analysis.configurer",
                        "class:" + SearchAnalysisConfigurer.class.getName());
                properties.putIfAbsent(BACKEND + "directory.type", "local-filesystem");
                if (!"local-heap".equals(properties.get(BACKEND + "directory.type"))) {
                    properties.putIfAbsent(BACKEND + "directory.root", indexDir);
                }
                properties.putIfAbsent(BACKEND + "lucene_version", LUCENE_VERSION);
            }
            case "elasticsearch", "opensearch" -> {
                properties.put(BACKEND + "type", "elasticsearch");
                properties.putIfAbsent(BACKEND + "analysis.configurer",
                        "class:" + ElasticsearchSearchAnalysisConfigurer.class.getName());
                properties.putIfAbsent(BACKEND + "uris", uris);
                if (!username.isBlank()) {
                    properties.putIfAbsent(BACKEND + "username", username);
                    properties.putIfAbsent(BACKEND + "password", password);
                }
            }
            default -> throw new IllegalStateException(
                    "tyollisyystalo.search.backend must be lucene or elasticsearch, not " + backend);
        }
    }
}
