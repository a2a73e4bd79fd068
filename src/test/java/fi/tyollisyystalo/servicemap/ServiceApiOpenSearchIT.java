package fi.tyollisyystalo.servicemap;

import fi.tyollisyystalo.OpenSearchIntegrationTest;

/** The open API tests of {@link ServiceApiIT} with the search index on Elasticsearch/OpenSearch. */
@OpenSearchIntegrationTest
class ServiceApiOpenSearchIT extends ServiceApiIT {
}
