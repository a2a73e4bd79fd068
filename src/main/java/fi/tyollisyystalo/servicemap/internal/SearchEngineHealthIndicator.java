package fi.tyollisyystalo.servicemap.internal;

import java.util.concurrent.TimeUnit;

import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManagerFactory;

/**
 * The search engine in the health endpoint and the readiness group (as {@code searchEngine}): up when a
 * count query answers within two seconds. Details (shown only where the endpoint shows details) name the
 * backend and the services that wait for their index document.
 */
@Component("searchEngine")
class SearchEngineHealthIndicator implements HealthIndicator {

    private final SessionFactory sessionFactory;
    private final PendingIndexWork pending;
    private final String backend;

    SearchEngineHealthIndicator(EntityManagerFactory entityManagerFactory, PendingIndexWork pending) {
        this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
        this.pending = pending;
        this.backend = SearchBackendConfiguration.describe(entityManagerFactory.getProperties());
    }

    @Override
    public Health health() {
        Health.Builder health;
        try (var session = sessionFactory.openSession()) {
            long documents = Search.session(session).search(ServiceEntity.class).where(f -> f.matchAll())
                    .failAfter(2, TimeUnit.SECONDS).fetchTotalHitCount();
            health = Health.up().withDetail("documents", documents);
        } catch (RuntimeException e) {
            health = Health.down().withDetail("error", e.getClass().getSimpleName());
        }
        health.withDetail("backend", backend);
        try {
            health.withDetail("pending", pending.count());
        } catch (RuntimeException e) {
            // the database has its own indicator
        }
        return health.build();
    }
}
