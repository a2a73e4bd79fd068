package fi.tyollisyystalo.servicemap.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
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
 * The index follows every change as it happens (and {@link PendingIndexWork} retries what the search engine
 * did not take); this checks it at start. It rebuilds the whole index when it does not match the database
 * (a new node, a wiped index folder, an index kept in memory) or was written with another
 * {@link ServiceEntity#INDEX_VERSION}. Otherwise it compares every document with its row, page by page
 * (id, publishing status, time of the last change), and writes again those that disagree, for example a
 * service unpublished while the search engine was down on a node that then stopped before its retry. {@code tyollisyystalo.search.rebuild-on-start=false} turns
 * the check off, for example on all but one node that share an Elasticsearch/OpenSearch index.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "tyollisyystalo.search.rebuild-on-start", havingValue = "true", matchIfMissing = true)
class SearchIndexInitializer implements ApplicationRunner {

    private static final int PAGE = 1000;
    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final EntityManager entityManager;
    private final ServiceRepository services;
    private final TransactionTemplate tx;
    private final PendingIndexWork pending;

    SearchIndexInitializer(EntityManager entityManager, ServiceRepository services, TransactionTemplate tx,
            PendingIndexWork pending) {
        this.entityManager = entityManager;
        this.services = services;
        this.tx = tx;
        this.pending = pending;
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
            List<Long> stale = disagreeing();
            if (!stale.isEmpty()) {
                log.warn("Search index: {} document(s) disagree with the database; writing them again: {}",
                        stale.size(), stale.size() > 50 ? stale.subList(0, 50) + "…" : stale);
                for (int i = 0; i < stale.size(); i += PAGE) {
                    pending.reindex(stale.subList(i, Math.min(stale.size(), i + PAGE)));
                }
            }
            return;
        }
        pending.rebuildAll();
        log.info("Search index rebuilt: {} services ({} published)", inDatabase,
                services.countByStatus(PublishingStatus.PUBLISHED));
    }

    /** Ids of the services whose document is missing or has another status or time of change than the row. */
    List<Long> disagreeing() {
        List<Long> stale = new ArrayList<>();
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> rows = tx.execute(s -> entityManager.createQuery(
                    "select s.id, s.status, s.updatedAt from ServiceEntity s where s.id > :after order by s.id",
                    Object[].class).setParameter("after", from).setMaxResults(PAGE).getResultList());
            if (rows == null || rows.isEmpty()) {
                return stale;
            }
            List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
            Map<Long, Object[]> documents = new HashMap<>();
            tx.executeWithoutResult(s -> Search.session(entityManager).search(ServiceEntity.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.field("status", PublishingStatus.class),
                            f.field("updatedAt", Instant.class)).asArray())
                    .where(f -> f.id().matchingAny(ids)).fetchHits(PAGE)
                    .forEach(d -> documents.put((Long) d[0], d)));
            for (Object[] row : rows) {
                Object[] doc = documents.get((Long) row[0]);
                if (doc == null || doc[1] != row[1] || !Objects.equals(millis((Instant) row[2]), millis((Instant) doc[2]))) {
                    stale.add((Long) row[0]);
                }
            }
            after = ids.getLast();
        }
    }

    private static @Nullable Instant millis(@Nullable Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }
}
