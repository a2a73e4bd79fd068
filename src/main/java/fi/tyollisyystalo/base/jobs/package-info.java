/**
 * Background work that must survive a restart and run on one node only: recurring jobs and delayed
 * one-off jobs, kept in the database table {@code scheduled_tasks} by db-scheduler (DD007). Features
 * contribute {@link fi.tyollisyystalo.base.jobs.RecurringJob} and
 * {@link fi.tyollisyystalo.base.jobs.DelayedJob} beans and schedule delayed work through
 * {@link fi.tyollisyystalo.base.jobs.Jobs}; every job runs as the system actor.
 */
@NullMarked
package fi.tyollisyystalo.base.jobs;

import org.jspecify.annotations.NullMarked;
