package fi.tyollisyystalo.servicemap.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * Index changes that the search engine did not take survive its outage: {@link RecoveringIndexingStrategy}
 * records the services whose documents failed in {@code search_index_pending}, and this job writes them
 * again from the database every {@code tyollisyystalo.search.retry-interval} (30 s) until the engine has
 * them. A row leaves the table only after its document was written and refreshed. What happens between a
 * commit and the record (the node dies) is repaired by {@link SearchIndexInitializer}'s comparison at start.
 */
@Component
public class PendingIndexWork {

    private static final Logger log = LoggerFactory.getLogger(PendingIndexWork.class);
    private static final int BATCH = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final Clock clock;

    PendingIndexWork(NamedParameterJdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Remembers services whose index documents could not be written; called after their commit. */
    void record(Collection<Long> serviceIds, String error) {
        if (serviceIds.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        String message = error.length() > 500 ? error.substring(0, 500) : error;
        newTx.executeWithoutResult(s -> {
            for (Long id : serviceIds) {
                jdbc.update("INSERT INTO search_index_pending (service_id, recorded_at, attempts, last_error) "
                        + "VALUES (:id, :now, 0, :error) ON DUPLICATE KEY UPDATE recorded_at = :now, last_error = :error",
                        new MapSqlParameterSource("id", id).addValue("now", now).addValue("error", message));
            }
        });
        log.warn("Search index: {} service(s) not indexed ({}); retried until the search engine takes them: {}",
                serviceIds.size(), message, serviceIds);
    }

    /** How many services wait for their index document. */
    public long count() {
        Long n = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM search_index_pending", Long.class);
        return n == null ? 0 : n;
    }

    /** One pass over the pending services; true when none is left. Failures stay for the next pass. */
    @Scheduled(fixedDelayString = "${tyollisyystalo.search.retry-interval:PT30S}",
            initialDelayString = "${tyollisyystalo.search.retry-interval:PT30S}")
    public boolean retry() {
        List<Long> ids;
        try {
            ids = jdbc.getJdbcTemplate().queryForList(
                    "SELECT service_id FROM search_index_pending ORDER BY recorded_at LIMIT " + BATCH, Long.class);
        } catch (DataAccessException e) {
            log.debug("Search index: pending work not read, the database does not answer", e);
            return false;
        }
        if (ids.isEmpty()) {
            return true;
        }
        Instant started = clock.instant();
        try {
            reindex(ids);
        } catch (RuntimeException e) {
            String error = String.valueOf(e.getMessage());
            jdbc.update("UPDATE search_index_pending SET attempts = attempts + 1, last_error = :error "
                    + "WHERE service_id IN (:ids)", new MapSqlParameterSource("ids", ids)
                    .addValue("error", error.substring(0, Math.min(500, error.length()))));
            log.warn("Search index: {} pending service(s) still not indexed: {}", ids.size(), String.valueOf(e));
            return false;
        }
        // a failure recorded again while this pass ran stays for the next one
        int done = jdbc.update("DELETE FROM search_index_pending WHERE service_id IN (:ids) AND recorded_at <= :started",
                new MapSqlParameterSource("ids", ids).addValue("started", Timestamp.from(started)));
        log.info("Search index: {} pending service(s) indexed", done);
        return ids.size() < BATCH && count() == 0;
    }

    /**
     * Writes these services' documents from the database now (a deleted service's document is removed), and
     * waits until searches see them. Throws when the search engine does not take them.
     */
    void reindex(Collection<Long> serviceIds) {
        tx.executeWithoutResult(s -> {
            SearchSession session = Search.session(entityManager);
            // this pass must know whether it worked: the plain read-sync strategy throws on failure
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
            for (Long id : serviceIds) {
                ServiceEntity entity = entityManager.find(ServiceEntity.class, id);
                if (entity != null) {
                    session.indexingPlan().addOrUpdate(entity);
                } else {
                    session.indexingPlan().purge(ServiceEntity.class, id, null);
                }
            }
        });
    }

    /**
     * Drops the index and writes every service again from the database; blocks until done. What was
     * pending before is written with everything else. At start when the index does not match, and the
     * administrators' action.
     */
    public void rebuildAll() throws InterruptedException {
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        Search.mapping(entityManager.getEntityManagerFactory()).scope(ServiceEntity.class).massIndexer()
                // a new schema instead of a purge: fits a changed mapping, and needs no delete-by-query
                .dropAndCreateSchemaOnStart(true).purgeAllOnStart(false)
                .threadsToLoadObjects(2).mergeSegmentsOnFinish(true).startAndWait();
        jdbc.update("DELETE FROM search_index_pending WHERE recorded_at <= :started",
                new MapSqlParameterSource("started", Timestamp.from(startedAt)));
        log.info("Search index written in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
