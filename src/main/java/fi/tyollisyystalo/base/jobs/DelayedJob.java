package fi.tyollisyystalo.base.jobs;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Work done once at a given time for one key (e.g. a reminder for one appointment), scheduled through
 * {@link Jobs#schedule}. Declared as a bean by a feature. The key is all the job is given: it reads
 * the current state of the thing the key names, so a cancelled or changed thing is handled right.
 * When the work throws, it is tried again after {@code retryAfter}.
 *
 * @param name       stable name, stored in the database
 * @param retryAfter pause before another try after a failure
 * @param work       receives the key; runs as the system actor
 */
public record DelayedJob(String name, Duration retryAfter, Consumer<String> work) {

    public DelayedJob {
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("A job name is 1–100 characters: " + name);
        }
    }
}
