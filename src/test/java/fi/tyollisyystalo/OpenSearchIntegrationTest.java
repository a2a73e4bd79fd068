package fi.tyollisyystalo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Like {@link IntegrationTest}, but the service map's search index is on the Elasticsearch or OpenSearch
 * cluster named by the system property {@code tyollisyystalo.test.elasticsearch.uris} (profile
 * {@code elasticsearch}); without that property the test is skipped. The index is created at start and
 * dropped at the end. {@code scripts/opensearch-for-tests.sh} starts a local OpenSearch for it:
 * {@code mvn verify -Dit.test='*OpenSearchIT' -Dtyollisyystalo.test.elasticsearch.uris=http://127.0.0.1:19200}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "tyollisyystalo.search.elasticsearch.uris=${tyollisyystalo.test.elasticsearch.uris:}",
    "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create-and-drop"})
@ActiveProfiles({"test", "elasticsearch"})
@EnabledIfSystemProperty(named = "tyollisyystalo.test.elasticsearch.uris", matches = ".+",
        disabledReason = "no Elasticsearch/OpenSearch given (-Dtyollisyystalo.test.elasticsearch.uris=...)")
public @interface OpenSearchIntegrationTest {
}
