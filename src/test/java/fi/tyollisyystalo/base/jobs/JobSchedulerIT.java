package fi.tyollisyystalo.base.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.security.SystemActor;

/** Two schedulers on one database — two application nodes — race for the same jobs; each runs once. */
@IntegrationTest
class JobSchedulerIT {

    @Autowired DataSource dataSource;
    @Autowired Jobs applicationJobs;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void a_job_planned_in_a_transaction_that_rolls_back_is_not_planned() {
        DbJobScheduler node = node("tx", List.of(), List.of(new DelayedJob("tx-delayed", Duration.ofSeconds(1),
                key -> { })));
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        Instant later = Clock.systemUTC().instant().plus(Duration.ofHours(1));
        tx.executeWithoutResult(status -> {
            node.schedule("tx-delayed", "rolled-back", later);
            assertThat(node.isScheduled("tx-delayed", "rolled-back")).as("seen inside its transaction").isTrue();
            status.setRollbackOnly();
        });
        assertThat(node.isScheduled("tx-delayed", "rolled-back")).isFalse();
        tx.executeWithoutResult(status -> node.schedule("tx-delayed", "committed", later));
        assertThat(node.isScheduled("tx-delayed", "committed")).isTrue();
        node.cancel("tx-delayed", "committed");
    }

    @Test
    void a_delayed_job_runs_once_when_two_nodes_race_for_it() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Set<String> ranAs = ConcurrentHashMap.newKeySet();
        Set<String> keys = ConcurrentHashMap.newKeySet();
        DelayedJob job = new DelayedJob("race-delayed", Duration.ofSeconds(1), key -> {
            runs.incrementAndGet();
            keys.add(key);
            ranAs.add(String.valueOf(SystemActor.isActive()));
        });
        DbJobScheduler a = node("a", List.of(), List.of(job));
        DbJobScheduler b = node("b", List.of(), List.of(job));
        try {
            a.schedule("race-delayed", "appointment-42", Clock.systemUTC().instant());
            // scheduling the same key again moves it instead of adding a second run
            b.schedule("race-delayed", "appointment-42", Clock.systemUTC().instant());
            assertThat(b.isScheduled("race-delayed", "appointment-42")).isTrue();
            a.start();
            b.start();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() >= 1);
            Thread.sleep(3000); // both nodes polled again in this time (polling every 200 ms)
            assertThat(runs).hasValue(1);
            assertThat(keys).containsExactly("appointment-42");
            assertThat(ranAs).containsExactly("true");
            assertThat(a.isScheduled("race-delayed", "appointment-42")).isFalse();
        } finally {
            a.stop();
            b.stop();
        }
    }

    @Test
    void a_recurring_job_never_runs_on_two_nodes_at_once() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        RecurringJob job = new RecurringJob("race-recurring", Duration.ofMillis(300), () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            runs.incrementAndGet();
            running.decrementAndGet();
        });
        DbJobScheduler a = node("a", List.of(job), List.of());
        DbJobScheduler b = node("b", List.of(job), List.of());
        try {
            a.start();
            b.start();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() >= 4);
        } finally {
            a.stop();
            b.stop();
        }
        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void cancelling_a_delayed_job_means_it_never_runs() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        DelayedJob job = new DelayedJob("race-cancelled", Duration.ofSeconds(1), key -> runs.incrementAndGet());
        DbJobScheduler a = node("a", List.of(), List.of(job));
        try {
            a.schedule("race-cancelled", "x", Clock.systemUTC().instant().plusSeconds(2));
            a.cancel("race-cancelled", "x");
            a.cancel("race-cancelled", "x"); // nothing to cancel: no error
            a.start();
            Thread.sleep(3500);
            assertThat(runs).hasValue(0);
        } finally {
            a.stop();
        }
    }

    @Test
    void a_node_stopped_and_started_again_runs_jobs_again() throws Exception {
        // Spring may stop and start a context's lifecycle (the test context cache pauses idle contexts)
        AtomicInteger runs = new AtomicInteger();
        DelayedJob job = new DelayedJob("race-restarted", Duration.ofSeconds(1), key -> runs.incrementAndGet());
        DbJobScheduler a = node("a", List.of(), List.of(job));
        try {
            a.start();
            a.stop();
            a.start();
            a.schedule("race-restarted", "after-restart", Clock.systemUTC().instant());
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() == 1);
        } finally {
            a.stop();
        }
    }

    @Test
    void the_application_has_its_scheduler_running() {
        assertThat(applicationJobs).isInstanceOf(DbJobScheduler.class);
    }

    private DbJobScheduler node(String name, List<RecurringJob> recurring, List<DelayedJob> delayed) {
        return new DbJobScheduler(dataSource, "test-" + name, Duration.ofMillis(200), recurring,
                delayed);
    }
}
