package fi.tyollisyystalo.base.jobs;

import java.time.Duration;

/**
 * Work repeated with a fixed pause between runs (e.g. sending the notification outbox). Declared as a
 * bean by a feature; however many nodes run, one run happens at a time, on one of them.
 *
 * @param name  stable name, stored in the database (never rename a job that has run in production)
 * @param pause time from the end of one run to the start of the next
 * @param work  runs as the system actor
 */
public record RecurringJob(String name, Duration pause, Runnable work) {

    public RecurringJob {
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("A job name is 1–100 characters: " + name);
        }
        if (pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("A job needs a positive pause: " + name);
        }
    }
}
