package fi.tyollisyystalo.servicemap.internal;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

import fi.tyollisyystalo.servicemap.PublishingStatus;

/**
 * The index follows every change as it happens; this only rebuilds it at start when it does not
 * match the database (a new node, a wiped index folder, an index kept in memory) or was written with
 * another {@link ServiceEntity#INDEX_VERSION}. {@code tyollisyystalo.search.rebuild-on-start=false} turns
 * the check off, for example on all but one node that share an Elasticsearch/OpenSearch index.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "tyollisyystalo.search.rebuild-on-start", havingValue = "true", matchIfMissing = true)
class SearchIndexInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final EntityManager entityManager;
    private final ServiceRepository services;
    private final TransactionTemplate tx;

    SearchIndexInitializer(EntityManager entityManager, ServiceRepository services, TransactionTemplate tx) {
        this.entityManager = entityManager;
        this.services = services;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long inDatabase = services.count();
        Long inIndex = tx.execute(s -> Search.session(entityManager).search(ServiceEntity.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        Long current = tx.execute(s -> Search.session(entityManager).search(ServiceEntity.class)
                .where(f -> f.match().field("indexVersion").matching(ServiceEntity.INDEX_VERSION))
                .fetchTotalHitCount());
        if (inIndex != null && inIndex == inDatabase && current != null && current == inDatabase) {
            return;
        }
        long started = System.nanoTime();
        Search.mapping(entityManager.getEntityManagerFactory()).scope(ServiceEntity.class).massIndexer()
                // a new schema instead of a purge: fits a changed mapping, and needs no delete-by-query
                .dropAndCreateSchemaOnStart(true).purgeAllOnStart(false)
                .threadsToLoadObjects(2).mergeSegmentsOnFinish(true).startAndWait();
        log.info("Search index rebuilt: {} services ({} published) in {} ms", inDatabase,
                services.countByStatus(PublishingStatus.PUBLISHED), (System.nanoTime() - started) / 1_000_000);
    }
}
