package fi.tyollisyystalo.servicemap.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hibernate Search's {@code read-sync} (a committed change is searchable when the commit returns), except
 * that a document the search engine does not take no longer fails the request whose database change is
 * already committed: the services are handed to {@link PendingIndexWork}, which retries them.
 */
final class RecoveringIndexingStrategy implements IndexingPlanSynchronizationStrategy {

    private static final Logger log = LoggerFactory.getLogger(RecoveringIndexingStrategy.class);

    private final Supplier<PendingIndexWork> pending;

    RecoveringIndexingStrategy(Supplier<PendingIndexWork> pending) {
        this.pending = pending;
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.FORCE);
        context.indexingFutureHandler(this::handle);
    }

    private void handle(CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) {
        SearchIndexingPlanExecutionReport report;
        try {
            report = future.join();
        } catch (CompletionException e) {
            log.error("Search index: indexing failed without a report; the start-up comparison repairs it", e);
            return;
        }
        report.throwable().ifPresent(failure -> {
            List<Long> ids = report.failingEntities().stream()
                    .filter(ref -> ServiceEntity.class.equals(ref.type()))
                    .map(ref -> ((Number) ref.id()).longValue()).toList();
            try {
                pending.get().record(ids, String.valueOf(failure.getMessage()));
            } catch (RuntimeException e) {
                log.error("Search index: could not record services {} for a retry; the start-up comparison repairs them",
                        ids, e);
            }
        });
    }

    @Override
    public String toString() {
        return "read-sync, failures retried by PendingIndexWork";
    }
}
