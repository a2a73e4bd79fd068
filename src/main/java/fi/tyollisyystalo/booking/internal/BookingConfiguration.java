package fi.tyollisyystalo.booking.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.jobs.DelayedJob;
import fi.tyollisyystalo.booking.BookingSettings;
import fi.tyollisyystalo.booking.Bookings;

/** The booking rules, the reminder job and the waitlist's jobs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BookingSettings.class)
class BookingConfiguration {

    /**
     * A reminder, keyed {@code <appointment id>/<offset>}: one job per appointment and offset (scheduling the
     * same key again after a move only moves it), sent only if the appointment is still booked and starts
     * about the offset from now; a cancelled or moved one sends nothing from a stale key.
     */
    @Bean
    DelayedJob bookingReminderJob(Reminders reminders) {
        return new DelayedJob(Bookings.REMINDER_JOB, Duration.ofMinutes(5), reminders::send);
    }

    /** A freed time offered to the first in line for an earlier time. */
    @Bean
    DelayedJob waitlistOfferJob(Waitlist waitlist) {
        return new DelayedJob(Waitlist.OFFER_JOB, Duration.ofMinutes(1), waitlist::offer);
    }

    /** An offered time not taken within the hold time passes on. */
    @Bean
    DelayedJob waitlistExpiryJob(Waitlist waitlist) {
        return new DelayedJob(Waitlist.EXPIRY_JOB, Duration.ofMinutes(1), waitlist::expire);
    }
}
