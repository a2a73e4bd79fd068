package fi.tyollisyystalo.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.booking.AppointmentStatus;
import fi.tyollisyystalo.notification.NoticeKind;
import fi.tyollisyystalo.notification.Notices;

/** Sends one reminder notice (that an appointment is coming, and when; nothing of what it is) through the notification outbox. */
@Component
class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    /** A reminder may run a little late (the job poller, a restart); later than this it is no longer sent. */
    private static final Duration LATE = Duration.ofMinutes(30);

    private final AppointmentRepository appointments;
    private final Notices notices;
    private final Clock clock;

    Reminders(AppointmentRepository appointments, Notices notices, Clock clock) {
        this.appointments = appointments;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public void send(String key) {
        int slash = key.indexOf('/');
        long id = Long.parseLong(key.substring(0, slash));
        Duration offset = Duration.parse(key.substring(slash + 1));
        AppointmentEntity a = appointments.findById(id).orElse(null);
        Instant now = clock.instant();
        if (a == null || a.status() != AppointmentStatus.BOOKED) {
            return;
        }
        Instant due = a.startsAt().minus(offset);
        if (now.isBefore(due.minus(Duration.ofMinutes(1))) || now.isAfter(due.plus(LATE))
                || !now.isBefore(a.startsAt())) {
            LOG.info("Reminder {} not sent: the appointment starts at {}", key, a.startsAt());
            return;
        }
        notices.notify(a.personId(), NoticeKind.APPOINTMENT_REMINDER, a.startsAt());
    }
}
