package fi.tyollisyystalo.servicemap;

import fi.tyollisyystalo.OpenSearchIntegrationTest;

/**
 * Every search test of {@link ServiceSearchIT} (morphology, typos, languages, facets, hit cards, the
 * relevance set) on an Elasticsearch/OpenSearch cluster instead of the Lucene index: the same mapping
 * and queries, Finnish terms computed in the application (DD004). Skipped without a cluster.
 */
@OpenSearchIntegrationTest
class ServiceSearchOpenSearchIT extends ServiceSearchIT {
}
