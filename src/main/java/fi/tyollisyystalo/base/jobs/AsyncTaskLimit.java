package fi.tyollisyystalo.base.jobs;

import java.util.concurrent.Semaphore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

/**
 * How many asynchronous tasks (the features' event listeners: statistics, follow-ups, notices) run at once. They run
 * on virtual threads, one per event; unbounded, a burst of events (a busy hour, a seeded pilot) started hundreds, all
 * waiting for the pool's 10 database connections, and listeners gave up with "Connection is not available" (their
 * event publication then waited for a restart). Spring Boot applies this decorator to its task executor: each task
 * starts at once on its own virtual thread, as before, and waits there for one of the permits. The wait is inside
 * the task, not where it is handed over, so a listener that publishes an event never waits for a permit that
 * another waiting listener holds (a throttle at submission, {@code spring.task.execution.simple.concurrency-limit},
 * could deadlock that way).
 */
@Configuration(proxyBeanMethods = false)
class AsyncTaskLimit {

    @Bean
    TaskDecorator asyncTaskPermits(@Value("${tyollisyystalo.async.max-concurrent-tasks:6}") int permits) {
        return limited(new Semaphore(permits, true));
    }

    /** Wraps each task so that at most as many as {@code permits} has run at once. */
    static TaskDecorator limited(Semaphore permits) {
        return task -> () -> {
            permits.acquireUninterruptibly();
            try {
                task.run();
            } finally {
                permits.release();
            }
        };
    }
}
