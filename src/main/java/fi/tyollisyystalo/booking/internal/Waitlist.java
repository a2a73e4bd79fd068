package fi.tyollisyystalo.booking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.jobs.Jobs;
import fi.tyollisyystalo.booking.AppointmentType;
import fi.tyollisyystalo.booking.BookingSettings;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.notification.NoticeKind;
import fi.tyollisyystalo.notification.Notices;

/**
 * The waitlist for earlier times (table {@code appointment_waitlist}). A time freed by a cancel or a move goes,
 * through the job {@link #OFFER_JOB}, to the first in line whose appointment of the same type is later: the
 * staff member's quarter hours are held for them (as holds of their waiting appointment, so nobody else is
 * offered the time) and they get a notice. They take it (their appointment moves there), let it pass, or do
 * not answer within the hold time ({@link #EXPIRY_JOB}); then it passes on down the line.
 */
@Component
public class Waitlist {

    /** Offers a freed time, keyed {@code <type id>/<start epoch second>/<staff subject>}. */
    public static final String OFFER_JOB = "booking-waitlist-offer";
    /** Passes an unanswered offer on, keyed by the waitlist entry's id. */
    public static final String EXPIRY_JOB = "booking-waitlist-expiry";
    static final String OBJECT = "APPOINTMENT_WAITLIST";
    private static final Logger LOG = LoggerFactory.getLogger(Waitlist.class);

    /** One entry; the offer fields are set while it is OFFERED. */
    public record Entry(long id, long appointmentId, long personId, long typeId, String status,
            @Nullable String offerStaff, @Nullable Instant offerStart, @Nullable Instant offerExpires) {

        public boolean offered(Instant now) {
            return "OFFERED".equals(status) && offerExpires != null && offerExpires.isAfter(now);
        }
    }

    private final JdbcTemplate jdbc;
    private final HoldStore holds;
    private final FreeTimeFinder finder;
    private final AppointmentTypeRepository types;
    private final Jobs jobs;
    private final Notices notices;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final BookingSettings settings;
    private final Clock clock;

    /** {@code jobs} is a lazy proxy: the scheduler is built from the job beans, two of which call this. */
    Waitlist(JdbcTemplate jdbc, HoldStore holds, FreeTimeFinder finder, AppointmentTypeRepository types,
            @org.springframework.context.annotation.Lazy Jobs jobs,
            Notices notices, AuditLog auditLog, CurrentUser currentUser, BookingSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.holds = holds;
        this.finder = finder;
        this.types = types;
        this.jobs = jobs;
        this.notices = notices;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** The current (waiting or offered) entry of an appointment, if any. */
    public Optional<Entry> of(long appointmentId) {
        return jdbc.query("SELECT * FROM appointment_waitlist WHERE appointment_id = ? AND status IN"
                + " ('WAITING', 'OFFERED')", Waitlist::entry, appointmentId).stream().findFirst();
    }

    /** Puts the appointment in line (at the end; again at the end if it had left). Idempotent while waiting. */
    public void join(long appointmentId, long personId, long typeId) {
        LocalDateTime now = utc(clock.instant());
        int updated = jdbc.update("UPDATE appointment_waitlist SET status = 'WAITING', created_at = ?,"
                + " offer_staff_subject = NULL, offer_starts_at = NULL, offer_expires_at = NULL"
                + " WHERE appointment_id = ? AND status NOT IN ('WAITING', 'OFFERED')", now, appointmentId);
        if (updated == 0) {
            jdbc.update("INSERT IGNORE INTO appointment_waitlist (appointment_id, person_id, type_id, status,"
                    + " created_at) VALUES (?, ?, ?, 'WAITING', ?)", appointmentId, personId, typeId, now);
        }
    }

    /**
     * Ends the appointment's waiting (the resident stopped, or the appointment moved, was cancelled or held);
     * an offered time it held passes on to the next in line.
     */
    public void end(long appointmentId) {
        Optional<Entry> current = of(appointmentId);
        if (current.isEmpty()) {
            return;
        }
        Entry e = current.get();
        jdbc.update("UPDATE appointment_waitlist SET status = 'ENDED' WHERE id = ?", e.id());
        if ("OFFERED".equals(e.status())) {
            passOn(e);
        }
    }

    /** The entry took its offered time (in the transaction that moves the appointment there). */
    public void taken(long entryId) {
        jdbc.update("UPDATE appointment_waitlist SET status = 'TAKEN' WHERE id = ?", entryId);
        jobs.cancel(EXPIRY_JOB, String.valueOf(entryId));
    }

    /** The resident let the offered time pass: it goes to the next; they stay in line for other times. */
    public void decline(Entry e) {
        int updated = jdbc.update("UPDATE appointment_waitlist SET status = 'WAITING', offer_staff_subject = NULL,"
                + " offer_starts_at = NULL, offer_expires_at = NULL WHERE id = ? AND status = 'OFFERED'", e.id());
        if (updated > 0) {
            passOn(e);
        }
    }

    /** A time of a staff member came free (a cancel, a move away): offer it to the line after this commit. */
    public void freed(long typeId, String staffSubject, Instant start) {
        if (start.isAfter(clock.instant())) {
            jobs.schedule(OFFER_JOB, typeId + "/" + start.getEpochSecond() + "/" + staffSubject, clock.instant());
        }
    }

    /** The offer job: the freed time to the first in line for whom it is still free and earlier. */
    @Transactional
    public void offer(String key) {
        String[] parts = key.split("/", 3);
        long typeId = Long.parseLong(parts[0]);
        Instant start = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        String staff = parts[2];
        Instant now = clock.instant();
        AppointmentType type = types.findById(typeId).map(AppointmentTypeEntity::toRecord).orElse(null);
        if (type == null || !type.active() || start.isBefore(now.plus(settings.minimumNotice()))) {
            return;
        }
        Instant end = start.plus(Duration.ofMinutes(type.minutes()));
        Instant blocked = end.plus(Duration.ofMinutes(type.bufferMinutes()));
        AvailabilityEntity hours = finder.hoursAt(type, staff, start);
        if (hours == null || holds.anyHeld(HoldStore.staff(staff), start, blocked)) {
            return;
        }
        Instant expires = now.plus(settings.holdTime());
        Instant latest = start.minus(settings.minimumNotice());
        if (expires.isAfter(latest)) {
            expires = latest;
        }
        List<Entry> line = jdbc.query("""
                SELECT w.* FROM appointment_waitlist w JOIN appointment a ON a.id = w.appointment_id
                WHERE w.type_id = ? AND w.status = 'WAITING' AND a.status = 'BOOKED' AND a.starts_at > ?
                  AND (a.way <> 'IN_PERSON' OR ?)
                  AND NOT EXISTS (SELECT 1 FROM appointment_waitlist_passed p WHERE p.waitlist_id = w.id
                                  AND p.staff_subject = ? AND p.starts_at = ?)
                ORDER BY w.created_at, w.id LIMIT 20""", Waitlist::entry, typeId, utc(start), hours.location() != null,
                staff, utc(start));
        for (Entry e : line) {
            if (holds.anyHeld(HoldStore.person(e.personId()), start, end)) {
                continue;
            }
            int claimed = jdbc.update("UPDATE appointment_waitlist SET status = 'OFFERED', offer_staff_subject = ?,"
                    + " offer_starts_at = ?, offer_expires_at = ? WHERE id = ? AND status = 'WAITING'", staff,
                    utc(start), utc(expires), e.id());
            if (claimed == 0) {
                continue;
            }
            if (!holds.hold(e.appointmentId(), List.of(new HoldStore.Span(HoldStore.staff(staff), start, blocked)))) {
                // booked by someone a moment ago: nothing of this offer may stay (neither the claim nor the
                // quarter hours the batch inserted before the refused one)
                org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
                        .setRollbackOnly();
                return;
            }
            jobs.schedule(EXPIRY_JOB, String.valueOf(e.id()), expires);
            notices.notify(e.personId(), NoticeKind.WAITLIST_OFFER, start);
            auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, e.id()).of(e.personId())
                    .because(Purpose.APPOINTMENT));
            LOG.info("Waitlist entry {} offered {} until {}", e.id(), start, expires);
            return;
        }
    }

    /** The expiry job: an offer not answered in time passes on; the entry stays in line for other times. */
    @Transactional
    public void expire(String key) {
        long id = Long.parseLong(key);
        List<Entry> found = jdbc.query("SELECT * FROM appointment_waitlist WHERE id = ? FOR UPDATE", Waitlist::entry,
                id);
        if (found.isEmpty()) {
            return;
        }
        Entry e = found.getFirst();
        if (!"OFFERED".equals(e.status()) || e.offerExpires() == null
                || e.offerExpires().isAfter(clock.instant().plusSeconds(60))) {
            return;
        }
        decline(e);
    }

    /** Releases the offered time's hold, remembers that this entry let it pass, and offers it to the next. */
    private void passOn(Entry e) {
        if (e.offerStaff() == null || e.offerStart() == null) {
            return;
        }
        AppointmentType type = types.findById(e.typeId()).map(AppointmentTypeEntity::toRecord).orElseThrow();
        jdbc.update("DELETE FROM booking_hold WHERE appointment_id = ? AND holder = ? AND grain_start >= ?"
                + " AND grain_start < ?", e.appointmentId(), HoldStore.staff(e.offerStaff()), utc(e.offerStart()),
                utc(e.offerStart().plus(Duration.ofMinutes(type.minutes() + type.bufferMinutes()))));
        jdbc.update("INSERT IGNORE INTO appointment_waitlist_passed (waitlist_id, staff_subject, starts_at)"
                + " VALUES (?, ?, ?)", e.id(), e.offerStaff(), utc(e.offerStart()));
        jobs.cancel(EXPIRY_JOB, String.valueOf(e.id()));
        freed(e.typeId(), e.offerStaff(), e.offerStart());
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getLong("appointment_id"), rs.getLong("person_id"),
                rs.getLong("type_id"), rs.getString("status"), rs.getString("offer_staff_subject"),
                instant(rs, "offer_starts_at"), instant(rs, "offer_expires_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

}
