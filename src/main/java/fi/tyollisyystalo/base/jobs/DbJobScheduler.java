package fi.tyollisyystalo.base.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import fi.tyollisyystalo.base.security.SystemActor;

/**
 * db-scheduler behind {@link Jobs}: every node polls the table {@code scheduled_tasks} and takes a due
 * execution by an optimistic update of its row, so a job runs on one node however many race for it; a
 * node that dies while running a job stops its heartbeat and another node runs the job again (DD007).
 * db-scheduler keeps its own (system) time for when to poll and when a job is due: its waits must never see
 * the time go backwards, which a test's moved application clock would do. The work a job does reads the
 * application's one clock, as everything else does.
 */
final class DbJobScheduler implements Jobs {

    private static final Logger log = LoggerFactory.getLogger(DbJobScheduler.class);

    private final Map<String, OneTimeTask<String>> delayed;
    private final Supplier<Scheduler> newScheduler;
    /** Schedules and cancels through the table, whether or not this node runs jobs. */
    private final SchedulerClient client;
    private @Nullable Scheduler running;

    DbJobScheduler(DataSource dataSource, String nodeName, Duration pollingInterval,
            List<RecurringJob> recurringJobs, List<DelayedJob> delayedJobs) {
        List<RecurringTask<Void>> recurring = recurringJobs.stream().map(DbJobScheduler::task).toList();
        this.delayed = delayedJobs.stream().collect(Collectors.toUnmodifiableMap(DelayedJob::name,
                DbJobScheduler::task));
        List<Task<?>> known = List.copyOf(delayed.values());
        // scheduling joins the caller's transaction (a reminder is planned with its booking, on its connection,
        // or not at all); outside a transaction the proxy gives a plain connection
        this.client = SchedulerClient.Builder.create(
                new org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy(dataSource), known).build();
        // a stopped db-scheduler cannot start again, and Spring may stop and start the context's lifecycle
        // (the test context cache pauses contexts it does not use): every start builds a fresh one.
        // Recurring tasks are known to it through startTasks, which also plans their first run.
        this.newScheduler = () -> Scheduler.create(dataSource, known)
                .schedulerName(new SchedulerName.Fixed(nodeName))
                .startTasks(recurring)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(Duration.ofSeconds(30))
                .threads(2)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    private static RecurringTask<Void> task(RecurringJob job) {
        return Tasks.recurring(job.name(), FixedDelay.of(job.pause()))
                .execute((instance, context) -> SystemActor.run(job.work()));
    }

    private static OneTimeTask<String> task(DelayedJob job) {
        return Tasks.oneTime(job.name(), String.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(job.retryAfter()))
                .execute((instance, context) -> SystemActor.run(() -> job.work().accept(instance.getData())));
    }

    synchronized void start() {
        if (running == null) {
            running = newScheduler.get();
            running.start();
            log.info("Job scheduler started with {} delayed job types", delayed.size());
        }
    }

    synchronized void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    @Override
    public void schedule(String jobName, String key, Instant at) {
        client.schedule(task(jobName).instance(key, key), at, ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
    }

    @Override
    public void cancel(String jobName, String key) {
        TaskInstanceId id = TaskInstanceId.of(task(jobName).getName(), key);
        if (client.getScheduledExecution(id).isPresent()) {
            client.cancel(id);
        }
    }

    @Override
    public boolean isScheduled(String jobName, String key) {
        return client.getScheduledExecution(TaskInstanceId.of(task(jobName).getName(), key)).isPresent();
    }

    private OneTimeTask<String> task(String jobName) {
        OneTimeTask<String> task = delayed.get(jobName);
        if (task == null) {
            throw new IllegalArgumentException("No delayed job is named " + jobName);
        }
        return task;
    }

}
