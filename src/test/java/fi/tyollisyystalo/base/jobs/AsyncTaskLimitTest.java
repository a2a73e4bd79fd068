package fi.tyollisyystalo.base.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

class AsyncTaskLimitTest {

    private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("limit-test-");

    AsyncTaskLimitTest() {
        executor.setVirtualThreads(true);
        executor.setTaskDecorator(AsyncTaskLimit.limited(new Semaphore(3, true)));
    }

    @Test
    void no_more_than_the_permits_run_at_once_and_every_task_runs() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(40);
        for (int i = 0; i < 40; i++) {
            executor.execute(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(5);
                running.decrementAndGet();
                done.countDown();
            });
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isBetween(2, 3);
    }

    @Test
    void tasks_that_hand_over_more_tasks_while_holding_every_permit_do_not_wait_for_each_other() throws Exception {
        // like listeners whose commit publishes another event: each of the three holds a permit while it hands over
        CountDownLatch allHolding = new CountDownLatch(3);
        CountDownLatch children = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            executor.execute(() -> {
                allHolding.countDown();
                await(allHolding);
                executor.execute(children::countDown);
            });
        }
        assertThat(children.await(30, TimeUnit.SECONDS)).as("the handed-over tasks ran").isTrue();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
