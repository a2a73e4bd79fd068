package fi.tyollisyystalo.base.jobs;

import java.time.Instant;

/** Schedules and cancels delayed one-off work; the schedule is kept in the database. */
public interface Jobs {

    /**
     * Runs the job named {@code jobName} for {@code key} at {@code at} (at once when it is past). Scheduling
     * the same job and key again moves it to the new time, so a caller never creates two.
     */
    void schedule(String jobName, String key, Instant at);

    /** Cancels the job for {@code key}; nothing happens when none is scheduled. */
    void cancel(String jobName, String key);

    /** Whether the job for {@code key} is waiting to run. */
    boolean isScheduled(String jobName, String key);
}
