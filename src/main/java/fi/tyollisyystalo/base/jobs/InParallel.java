package fi.tyollisyystalo.base.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A few pieces of work at once on virtual threads, at most {@code atOnce} of them running, their results in the
 * order given. A failure is thrown as it was (a runtime exception) once every piece has ended; the caller's thread
 * waits. For work that the database does on one core per statement (the statistics' figures and rebuild lanes).
 */
public final class InParallel {

    private InParallel() {
    }

    public static <T> List<T> run(int atOnce, List<Callable<T>> work) {
        if (work.isEmpty()) {
            return List.of(); // a pool of no threads cannot be made
        }
        try (ExecutorService running = Executors.newFixedThreadPool(atOnce, Thread.ofVirtual().factory())) {
            List<Future<T>> futures = work.stream().map(running::submit).toList();
            List<T> done = new ArrayList<>(futures.size());
            for (Future<T> f : futures) {
                done.add(f.get());
            }
            return done;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for work in parallel", e);
        }
    }
}
