package fi.tyollisyystalo.followup.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.jobs.RecurringJob;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.booking.AppointmentChanged;
import fi.tyollisyystalo.followup.FollowUps;

/**
 * A visit that was held invites its resident to the experience questionnaire (PREM, at most one in 90 days),
 * after the visit's change has committed, from Spring Modulith's event publication log (delivered again after a
 * crash; inviting is idempotent per appointment). The reminders of unanswered follow-ups run as the recurring job
 * {@value #REMINDER_JOB}.
 */
@Component
class VisitFollowUps {

    static final String REMINDER_JOB = "followup-reminders";

    private final FollowUps followUps;

    VisitFollowUps(FollowUps followUps) {
        this.followUps = followUps;
    }

    @ApplicationModuleListener
    void on(AppointmentChanged event) {
        if (event.change() == AppointmentChanged.Change.DONE) {
            SystemActor.run(() -> followUps.inviteAfterVisit(event.personId(), event.appointmentId()));
        }
    }

    @Configuration
    static class Job {

        @Bean
        RecurringJob followUpReminderJob(FollowUps followUps,
                @Value("${tyollisyystalo.follow-up.reminder-check-interval:PT1H}") Duration pause) {
            return new RecurringJob(REMINDER_JOB, pause, followUps::remindDue);
        }
    }
}
