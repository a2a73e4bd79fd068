package fi.tyollisyystalo.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.jobs.Jobs;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.base.security.SignedIn;
import fi.tyollisyystalo.booking.BookingRefused.Reason;
import fi.tyollisyystalo.booking.internal.AppointmentEntity;
import fi.tyollisyystalo.booking.internal.AppointmentRepository;
import fi.tyollisyystalo.booking.internal.AppointmentTypeEntity;
import fi.tyollisyystalo.booking.internal.AppointmentTypeRepository;
import fi.tyollisyystalo.booking.internal.AvailabilityEntity;
import fi.tyollisyystalo.booking.internal.FreeTimeFinder;
import fi.tyollisyystalo.booking.internal.HoldStore;
import fi.tyollisyystalo.booking.internal.Waitlist;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.messaging.SecureMessages;
import fi.tyollisyystalo.notification.NoticeKind;
import fi.tyollisyystalo.notification.Notices;

/**
 * Appointments: free times, booking, moving, cancelling, done and no-show, for residents (their own) and for
 * client-work staff (anyone's, each read audited with purpose {@link Purpose#APPOINTMENT}).
 *
 * <p>Nobody holds the same time twice: a booking and a move insert the appointment's quarter hours into
 * {@code booking_hold}, whose primary key refuses a second hold of the staff member's (or the resident's) time,
 * so of two bookings of one time exactly one commits and the other is told "this time was just taken". A
 * deadlock the database resolves is retried, never shown. A move and a cancel name the version they saw; a
 * replayed old one changes nothing. Every change publishes {@link AppointmentChanged}, queues the
 * resident's notice and plans (or cancels) the reminders, one per configured offset.
 */
@Service
public class Bookings {

    public static final String OBJECT = "APPOINTMENT";
    static final String OFFER = "APPOINTMENT_OFFER";
    /** The delayed job of a reminder, keyed {@code <appointment id>/<offset>}. */
    public static final String REMINDER_JOB = "booking-reminder";
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,19}$");
    private static final int RETRIES = 5;

    private final AppointmentTypeRepository types;
    private final AppointmentRepository appointments;
    private final FreeTimeFinder finder;
    private final HoldStore holds;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final PersonService persons;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Notices notices;
    private final Jobs jobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BookingSettings settings;
    private final Waitlist waitlist;
    private final SecureMessages messages;
    /**
     * At most this many booking transactions at once; the others queue here (fairly) rather than for the
     * database pool, so a rush on one time (all but one of which end as "taken") cannot starve the pool that
     * every other page needs.
     */
    private final java.util.concurrent.Semaphore gate;

    Bookings(AppointmentTypeRepository types, AppointmentRepository appointments, FreeTimeFinder finder,
            HoldStore holds, JdbcTemplate jdbc, PlatformTransactionManager transactions, PersonService persons,
            CurrentUser currentUser, AuditLog auditLog, Notices notices, Jobs jobs, ApplicationEventPublisher events,
            Clock clock, BookingSettings settings, Waitlist waitlist, SecureMessages messages) {
        this.types = types;
        this.appointments = appointments;
        this.finder = finder;
        this.holds = holds;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.persons = persons;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.notices = notices;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.waitlist = waitlist;
        this.messages = messages;
        this.gate = new java.util.concurrent.Semaphore(settings.concurrentBookings(), true);
    }

    // --- types and free times -------------------------------------------------------------------------

    /** The active types a resident books directly. */
    @Transactional(readOnly = true)
    @SignedIn
    public List<AppointmentType> residentTypes() {
        return types.findAllByOrderByIdAsc().stream().map(AppointmentTypeEntity::toRecord)
                .filter(t -> t.active() && t.bookedBy() == BookedBy.RESIDENT).toList();
    }

    /** Every active type, for staff booking for a client. */
    @Transactional(readOnly = true)
    @ClientWork
    public List<AppointmentType> staffTypes() {
        return types.findAllByOrderByIdAsc().stream().map(AppointmentTypeEntity::toRecord)
                .filter(AppointmentType::active).toList();
    }

    /**
     * The earliest free times of a type from {@code from} on (at least the minimum notice ahead for a
     * resident, at most the booking horizon ahead), filtered by way, language and place (part of the address).
     * A resident is not offered times when they have another appointment.
     */
    @Transactional(readOnly = true)
    @SignedIn
    public List<FreeTime> freeTimes(long typeId, @Nullable Way way, @Nullable String language, @Nullable String place,
            @Nullable Instant from, int limit) {
        AppointmentType type = type(typeId);
        boolean resident = currentUser.isResident();
        if (resident && type.bookedBy() != BookedBy.RESIDENT) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant earliest = resident ? now.plus(settings.minimumNotice()) : now;
        Instant start = from == null || from.isBefore(earliest) ? earliest : from;
        return finder.find(new FreeTimeFinder.Search(type, way, language, place, null,
                resident ? currentUser.requirePersonId() : null, start, now.plus(settings.horizon()),
                Math.clamp(limit, 1, 200)));
    }

    /** Free times of one staff member (their own calendar, or a colleague's when booking for a client). */
    @Transactional(readOnly = true)
    @ClientWork
    public List<FreeTime> freeTimesOf(long typeId, String staffSubject, Instant from, int limit) {
        AppointmentType type = type(typeId);
        Instant now = clock.instant();
        return finder.find(new FreeTimeFinder.Search(type, null, null, null, staffSubject, null,
                from.isBefore(now) ? now : from, now.plus(settings.horizon()), Math.clamp(limit, 1, 200)));
    }

    /** The staff members who have weekly hours, subject → name, by name (to pick a calendar or whom to book). */
    @Transactional(readOnly = true)
    @ClientWork
    public Map<String, String> staffWithHours() {
        Map<String, String> staff = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT staff_subject, MIN(staff_name) FROM availability GROUP BY staff_subject ORDER BY 2",
                rs -> {
                    staff.put(rs.getString(1), rs.getString(2));
                });
        return staff;
    }

    // --- the resident ---------------------------------------------------------------------------------

    /** The resident books a free time; returns the appointment id. A double click gives the same appointment. */
    @ResidentOnly
    public long book(BookingRequest request) {
        long personId = currentUser.requirePersonId();
        AppointmentType type = type(request.typeId());
        if (type.bookedBy() != BookedBy.RESIDENT || !type.ways().contains(request.way())
                || !request.otherStaff().isEmpty()) {
            throw new BookingRefused(Reason.NOT_ALLOWED);
        }
        Instant now = clock.instant();
        if (request.start().isBefore(now.plus(settings.minimumNotice()))
                || request.start().isAfter(now.plus(settings.horizon()))) {
            throw new BookingRefused(Reason.NOT_OFFERED);
        }
        return create(personId, type, request, false);
    }

    /** The resident's appointments: coming ones soonest first, past and cancelled ones newest first. Audited. */
    @Transactional
    @ResidentOnly
    public MyAppointments mine() {
        long personId = currentUser.requirePersonId();
        List<AppointmentEntity> found = appointments.findByPersonIdOrderByStartsAtAsc(personId);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT).of(personId)
                .because(Purpose.OWN_DATA));
        Instant now = clock.instant();
        List<Appointment> coming = new ArrayList<>();
        List<Appointment> past = new ArrayList<>();
        Map<Long, AppointmentType> byId = typesById();
        for (AppointmentEntity a : found) {
            (a.endsAt().isAfter(now) && a.status() == AppointmentStatus.BOOKED ? coming : past)
                    .add(view(a, byId.get(a.typeId()), null, List.of()));
        }
        past.sort((x, y) -> y.start().compareTo(x.start()));
        return new MyAppointments(coming, past);
    }

    /** One of the resident's own appointments; another person's is the same not-found as a missing one. */
    @Transactional
    @ResidentOnly
    public Appointment myAppointment(long id) {
        AppointmentEntity a = own(id);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT, id).of(a.personId())
                .because(Purpose.OWN_DATA));
        return view(a, type(a.typeId()), null, participants(id));
    }

    /** The resident moves their appointment to another free time (until the change limit); returns the version. */
    @ResidentOnly
    public long moveMine(long id, long version, FreeTime to) {
        AppointmentEntity a = own(id);
        requireChangeable(a);
        if (to.start().isBefore(clock.instant().plus(settings.minimumNotice()))) {
            throw new BookingRefused(Reason.NOT_OFFERED);
        }
        return move(a, version, to.staffSubject(), to.start(), false, null);
    }

    /** The resident cancels their appointment (until the change limit). */
    @ResidentOnly
    public void cancelMine(long id, long version) {
        AppointmentEntity a = own(id);
        requireChangeable(a);
        finish(a, version, AppointmentStatus.CANCELLED, false);
    }

    /** The calendar file of the resident's own appointment (REQUEST, or CANCEL once cancelled). Audited. */
    @Transactional
    @ResidentOnly
    public byte[] myCalendarFile(long id) {
        AppointmentEntity a = own(id);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT, id).of(a.personId())
                .because(Purpose.OWN_DATA));
        return CalendarFiles.of(view(a, type(a.typeId()), null, List.of()), a.uid(), a.sequence(), a.updatedAt(),
                settings.organisationName());
    }

    // --- the waitlist for an earlier time -------------------------------------------------------------

    /** Where the resident's appointment stands on the waitlist for an earlier time. */
    @Transactional(readOnly = true)
    @ResidentOnly
    public EarlierTime earlierTime(long appointmentId) {
        AppointmentEntity a = own(appointmentId);
        AppointmentType type = type(a.typeId());
        Waitlist.Entry e = waitlist.of(appointmentId).orElse(null);
        if (e == null) {
            return new EarlierTime(changeable(a) && type.bookedBy() == BookedBy.RESIDENT
                    ? EarlierTime.State.CAN_ASK : EarlierTime.State.NONE, null, null, null, null);
        }
        if (e.offered(clock.instant()) && e.offerStart() != null && e.offerStaff() != null) {
            return new EarlierTime(EarlierTime.State.OFFERED, staffName(e.offerStaff()), e.offerStart(),
                    e.offerStart().plus(Duration.ofMinutes(type.minutes())), e.offerExpires());
        }
        return new EarlierTime(EarlierTime.State.WAITING, null, null, null, null);
    }

    /** The resident asks for an earlier time than their appointment: in line at the end. Audited. */
    @Transactional
    @ResidentOnly
    public void askEarlier(long appointmentId) {
        AppointmentEntity a = own(appointmentId);
        requireChangeable(a);
        if (type(a.typeId()).bookedBy() != BookedBy.RESIDENT) {
            throw new BookingRefused(Reason.NOT_ALLOWED);
        }
        waitlist.join(appointmentId, a.personId(), a.typeId());
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, appointmentId).of(a.personId())
                .because(Purpose.OWN_DATA));
    }

    /** The resident no longer waits for an earlier time (an offered one passes on). Audited. */
    @Transactional
    @ResidentOnly
    public void stopWaiting(long appointmentId) {
        AppointmentEntity a = own(appointmentId);
        waitlist.end(appointmentId);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, appointmentId).of(a.personId())
                .because(Purpose.OWN_DATA));
    }

    /** The resident takes the earlier time kept for them: the appointment moves there. Returns the version. */
    @ResidentOnly
    public long takeEarlierTime(long appointmentId, long version) {
        AppointmentEntity a = own(appointmentId);
        Waitlist.Entry e = waitlist.of(appointmentId).filter(x -> x.offered(clock.instant()))
                .orElseThrow(() -> new BookingRefused(Reason.GONE));
        return move(a, version, java.util.Objects.requireNonNull(e.offerStaff()),
                java.util.Objects.requireNonNull(e.offerStart()), false, () -> waitlist.taken(e.id()));
    }

    /** The resident lets the earlier time pass (it goes to the next in line); they stay in line. Audited. */
    @Transactional
    @ResidentOnly
    public void declineEarlierTime(long appointmentId) {
        AppointmentEntity a = own(appointmentId);
        waitlist.of(appointmentId).filter(e -> "OFFERED".equals(e.status())).ifPresent(waitlist::decline);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, appointmentId).of(a.personId())
                .because(Purpose.OWN_DATA));
    }

    // --- times offered by staff ----------------------------------------------------------------------

    /**
     * Staff offer a client some free times of a type (any active one, also those booked only from an offer), for
     * the client to pick one; the caller sends the link in a secure message. Returns the offer's id. Audited.
     */
    @Transactional
    @ClientWork
    public long offer(long personId, long typeId, Way way, List<FreeTime> times) {
        if (persons.clientNames(List.of(personId)).isEmpty()) {
            throw new AppointmentNotFoundException();
        }
        AppointmentType type = type(typeId);
        if (!type.active() || !type.ways().contains(way) || times.isEmpty() || times.size() > 10) {
            throw new BookingRefused(Reason.NOT_ALLOWED);
        }
        Instant now = clock.instant();
        for (FreeTime f : times) {
            AvailabilityEntity hours = finder.hoursAt(type, f.staffSubject(), f.start());
            if (f.start().isBefore(now) || hours == null || (way == Way.IN_PERSON && hours.location() == null)) {
                throw new BookingRefused(Reason.NOT_OFFERED);
            }
        }
        var user = currentUser.get().orElseThrow();
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO appointment_offer (person_id, type_id, way, offered_by,"
                    + " offered_by_name, status, created_at) VALUES (?, ?, ?, ?, ?, 'OPEN', ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, personId);
            ps.setLong(2, typeId);
            ps.setString(3, way.name());
            ps.setString(4, user.subject());
            ps.setString(5, user.displayName());
            ps.setObject(6, utc(now));
            return ps;
        }, key);
        long id = java.util.Objects.requireNonNull(key.getKey()).longValue();
        for (FreeTime f : new LinkedHashSet<>(times)) {
            jdbc.update("INSERT IGNORE INTO appointment_offer_time (offer_id, staff_subject, starts_at) VALUES (?, ?, ?)",
                    id, f.staffSubject(), utc(f.start()));
        }
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(OFFER, id).of(personId)
                .because(Purpose.APPOINTMENT));
        return id;
    }

    /**
     * Staff offer a client free times ({@link #offer}) and send the link in a new secure message thread, in one
     * transaction: a message that cannot be written leaves no offer behind. {@code message} writes the subject
     * and body for the offer's id. Returns the thread's id.
     */
    @Transactional
    @ClientWork
    public long offerByMessage(long personId, long typeId, Way way, List<FreeTime> times,
            java.util.function.LongFunction<OfferMessage> message) {
        long offerId = offer(personId, typeId, way, times);
        OfferMessage m = message.apply(offerId);
        return messages.startByTeam(personId, m.subject(), m.body());
    }

    /** One of the resident's offers, with the offered times still free (soonest first). Audited. */
    @Transactional
    @ResidentOnly
    public AppointmentOffer myOffer(long offerId) {
        long personId = currentUser.requirePersonId();
        List<AppointmentOffer> found = offers(personId, offerId, false);
        if (found.isEmpty()) {
            throw new AppointmentNotFoundException();
        }
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OFFER, offerId).of(personId)
                .because(Purpose.OWN_DATA));
        return found.getFirst();
    }

    /** The resident's offers not yet booked, newest first (for My appointments). */
    @Transactional(readOnly = true)
    @ResidentOnly
    public List<AppointmentOffer> myOpenOffers() {
        return offers(currentUser.requirePersonId(), null, true).stream().filter(o -> !o.times().isEmpty()).toList();
    }

    /**
     * The resident books one of the offered times; the offer is then used (in the same transaction). A double
     * click gives the same appointment; a second offered time of a used offer is refused (GONE).
     */
    @ResidentOnly
    public long bookOffered(long offerId, FreeTime time, @Nullable String phone, boolean interpreter,
            String language) {
        long personId = currentUser.requirePersonId();
        AppointmentOffer offer = offers(personId, offerId, false).stream().findFirst()
                .orElseThrow(AppointmentNotFoundException::new);
        java.util.function.Supplier<@Nullable Long> same = () -> appointments
                .findFirstByPersonIdAndStartsAtAndTypeIdAndStatus(personId, time.start(), offer.type().id(),
                        AppointmentStatus.BOOKED).map(AppointmentEntity::id).orElse(null);
        if (offer.status() != AppointmentOffer.Status.OPEN) {
            Long existing = same.get();
            if (existing != null) {
                return existing;
            }
            throw new BookingRefused(Reason.GONE);
        }
        boolean offered = offer.times().stream().anyMatch(t -> t.staffSubject().equals(time.staffSubject())
                && t.start().equals(time.start()));
        if (!offered) {
            throw new BookingRefused(Reason.NOT_OFFERED);
        }
        BookingRequest request = BookingRequest.of(offer.type().id(), time, offer.way(), phone, interpreter, language);
        String checkedPhone = phone(request);
        return gated(() -> attempts(() -> tx.execute(status -> {
            long id = insert(personId, offer.type(), request, checkedPhone, false, status);
            if (id > 0 && jdbc.update("UPDATE appointment_offer SET status = 'BOOKED', appointment_id = ? WHERE id = ?"
                    + " AND status = 'OPEN'", id, offerId) == 0) {
                status.setRollbackOnly();
                throw new BookingRefused(Reason.GONE);
            }
            return id;
        }), same));
    }

    /**
     * The resident's offers (one, or the latest 20; only open ones when {@code openOnly}), each with its offered
     * times that are still free; the free check is made only for open offers.
     */
    private List<AppointmentOffer> offers(long personId, @Nullable Long offerId, boolean openOnly) {
        Map<Long, AppointmentType> byId = typesById();
        Instant earliest = clock.instant().plus(settings.minimumNotice());
        List<Object> args = new ArrayList<>(List.of(personId));
        if (offerId != null) {
            args.add(offerId);
        }
        List<AppointmentOffer> found = jdbc.query("SELECT * FROM appointment_offer WHERE person_id = ?"
                + (offerId == null ? "" : " AND id = ?") + (openOnly ? " AND status = 'OPEN'" : "")
                + " ORDER BY id DESC LIMIT 20", (rs, row) -> {
                    AppointmentType type = byId.get(rs.getLong("type_id"));
                    Long appointment = rs.getObject("appointment_id", Long.class);
                    return new AppointmentOffer(rs.getLong("id"), type, Way.valueOf(rs.getString("way")),
                            rs.getString("offered_by_name"), AppointmentOffer.Status.valueOf(rs.getString("status")),
                            appointment, List.of());
                }, args.toArray());
        List<AppointmentOffer> result = new ArrayList<>();
        for (AppointmentOffer o : found) {
            if (o.status() != AppointmentOffer.Status.OPEN) {
                result.add(o);
                continue;
            }
            List<FreeTime> times = new ArrayList<>();
            Duration length = Duration.ofMinutes(o.type().minutes());
            Duration blocked = Duration.ofMinutes(o.type().minutes() + o.type().bufferMinutes());
            jdbc.query("SELECT staff_subject, starts_at FROM appointment_offer_time WHERE offer_id = ? ORDER BY starts_at",
                    rs -> {
                        String staff = rs.getString(1);
                        Instant start = rs.getObject(2, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC);
                        AvailabilityEntity hours = finder.hoursAt(o.type(), staff, start);
                        if (start.isBefore(earliest) || hours == null
                                || holds.anyHeld(HoldStore.staff(staff), start, start.plus(blocked))) {
                            return;
                        }
                        times.add(new FreeTime(staff, hours.staffName(), start, start.plus(length),
                                o.way() == Way.IN_PERSON ? hours.location() : null, hours.languages()));
                    }, o.id());
            result.add(new AppointmentOffer(o.id(), o.type(), o.way(), o.offeredByName(), o.status(),
                    o.appointmentId(), List.copyOf(times)));
        }
        return result;
    }

    // --- staff ----------------------------------------------------------------------------------------

    /**
     * Staff book for a client: any active type, in the staff member's hours (no minimum notice), optionally with
     * further staff members for a network meeting. Audited.
     */
    @ClientWork
    public long bookFor(long personId, BookingRequest request) {
        if (persons.clientNames(List.of(personId)).isEmpty()) {
            throw new AppointmentNotFoundException();
        }
        AppointmentType type = type(request.typeId());
        if (!type.ways().contains(request.way())) {
            throw new BookingRefused(Reason.NOT_ALLOWED);
        }
        if (request.start().isBefore(clock.instant())) {
            throw new BookingRefused(Reason.NOT_OFFERED);
        }
        return create(personId, type, request, true);
    }

    /**
     * The calendar of these staff members between two instants: appointments they hold (own and network
     * meetings), with client names. Each client shown is audited.
     */
    @Transactional
    @ClientWork
    public List<Appointment> calendar(List<String> staffSubjects, Instant from, Instant to) {
        if (staffSubjects.isEmpty()) {
            return List.of();
        }
        List<AppointmentEntity> found = appointments.calendar(staffSubjects, from, to);
        Set<Long> people = found.stream().map(AppointmentEntity::personId).collect(Collectors.toSet());
        Map<Long, String> names = persons.clientNames(people);
        for (AppointmentEntity a : found) {
            auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT, a.id()).of(a.personId())
                    .because(Purpose.APPOINTMENT));
        }
        Map<Long, AppointmentType> byId = typesById();
        Map<Long, List<String>> others = participants(found.stream().map(AppointmentEntity::id).toList());
        return found.stream().map(a -> view(a, byId.get(a.typeId()), names.getOrDefault(a.personId(), ""),
                others.getOrDefault(a.id(), List.of()))).toList();
    }

    /** One appointment as staff see it. Audited. */
    @Transactional
    @ClientWork
    public Appointment appointment(long id) {
        AppointmentEntity a = appointments.findById(id).orElseThrow(AppointmentNotFoundException::new);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT, id).of(a.personId())
                .because(Purpose.APPOINTMENT));
        return view(a, type(a.typeId()), persons.clientNames(List.of(a.personId())).getOrDefault(a.personId(), ""),
                participants(id));
    }

    /** A client's appointments, newest first. Audited. */
    @Transactional
    @ClientWork
    public List<Appointment> clientAppointments(long personId) {
        List<AppointmentEntity> found = appointments.findByPersonIdOrderByStartsAtAsc(personId);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT).of(personId)
                .because(Purpose.APPOINTMENT));
        String name = persons.clientNames(List.of(personId)).getOrDefault(personId, "");
        Map<Long, AppointmentType> byId = typesById();
        return found.reversed().stream().map(a -> view(a, byId.get(a.typeId()), name, List.of())).toList();
    }

    /** Staff move an appointment on the client's behalf (any time before its start); returns the version. */
    @ClientWork
    public long moveFor(long id, long version, String staffSubject, Instant start) {
        AppointmentEntity a = appointments.findById(id).orElseThrow(AppointmentNotFoundException::new);
        if (start.isBefore(clock.instant())) {
            throw new BookingRefused(Reason.NOT_OFFERED);
        }
        return move(a, version, staffSubject, start, true, null);
    }

    /** Staff cancel an appointment on the client's behalf. */
    @ClientWork
    public void cancelFor(long id, long version) {
        AppointmentEntity a = appointments.findById(id).orElseThrow(AppointmentNotFoundException::new);
        finish(a, version, AppointmentStatus.CANCELLED, true);
    }

    /** Staff mark an appointment done or the client not come (once it has started). */
    @ClientWork
    public void mark(long id, long version, AppointmentStatus outcome) {
        if (outcome != AppointmentStatus.DONE && outcome != AppointmentStatus.NO_SHOW) {
            throw new IllegalArgumentException("done or no-show only");
        }
        AppointmentEntity a = appointments.findById(id).orElseThrow(AppointmentNotFoundException::new);
        if (a.startsAt().isAfter(clock.instant())) {
            throw new BookingRefused(Reason.NOT_ALLOWED);
        }
        finish(a, version, outcome, true);
    }

    // --- the work ---------------------------------------------------------------------------------------

    private long create(long personId, AppointmentType type, BookingRequest request, boolean byStaff) {
        String phone = phone(request);
        java.util.function.Supplier<@Nullable Long> same = () -> appointments
                .findFirstByPersonIdAndStartsAtAndTypeIdAndStatus(personId, request.start(), type.id(),
                        AppointmentStatus.BOOKED).map(AppointmentEntity::id).orElse(null);
        Instant blockedUntil = request.start().plus(Duration.ofMinutes(type.minutes() + type.bufferMinutes()));
        // taken and committed already: answered with one read, without waiting for a turn or writing (checked
        // again after the wait; the database still decides every race)
        java.util.function.LongSupplier takenAlready = () -> {
            Long existing = same.get();
            if (existing != null) {
                return existing;
            }
            throw new BookingRefused(Reason.TAKEN);
        };
        if (holds.anyHeld(HoldStore.staff(request.staffSubject()), request.start(), blockedUntil)) {
            return takenAlready.getAsLong();
        }
        return gated(() -> {
            if (holds.anyHeld(HoldStore.staff(request.staffSubject()), request.start(), blockedUntil)) {
                return takenAlready.getAsLong();
            }
            return attempts(() -> tx.execute(status -> insert(personId, type, request, phone, byStaff, status)),
                    same);
        });
    }

    /** The booking's transaction: the appointment, its network participants and its holds; -1 when a hold is refused. */
    private long insert(long personId, AppointmentType type, BookingRequest request, @Nullable String phone,
            boolean byStaff, org.springframework.transaction.TransactionStatus status) {
        AvailabilityEntity hours = finder.hoursAt(type, request.staffSubject(), request.start());
        if (hours == null) {
            throw new BookingRefused(Reason.NOT_OFFERED);
        }
        if (request.way() == Way.IN_PERSON && hours.location() == null) {
            throw new BookingRefused(Reason.NOT_ALLOWED);
        }
        Instant now = clock.instant();
        Instant end = request.start().plus(Duration.ofMinutes(type.minutes()));
        AppointmentEntity a = appointments.saveAndFlush(AppointmentEntity.book(type.id(), personId,
                request.staffSubject(), hours.staffName(), request.start(), end,
                end.plus(Duration.ofMinutes(type.bufferMinutes())), request.way(),
                request.way() == Way.IN_PERSON ? hours.location() : null, phone, request.interpreter(),
                request.language(), byStaff, now));
        List<String> others = new ArrayList<>(new LinkedHashSet<>(request.otherStaff()));
        others.remove(request.staffSubject());
        for (String other : others) {
            jdbc.update("INSERT INTO appointment_participant (appointment_id, staff_subject, staff_name)"
                    + " VALUES (?, ?, ?)", a.id(), other, staffName(other));
        }
        if (!holds.hold(a.id(), spans(a, others))) {
            status.setRollbackOnly();
            return -1L;
        }
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(OBJECT, a.id()).of(personId)
                .because(byStaff ? Purpose.APPOINTMENT : Purpose.OWN_DATA));
        changed(a, type, AppointmentChanged.Change.BOOKED, byStaff);
        return a.id();
    }

    /**
     * Moves the appointment, releasing and re-holding its time; {@code inTransaction} runs in the same
     * transaction before (e.g. marking a waitlist offer taken). Any waiting for an earlier time ends; the
     * time left is offered to the waitlist.
     */
    private long move(AppointmentEntity current, long version, String staffSubject, Instant start, boolean byStaff,
            @Nullable Runnable inTransaction) {
        AppointmentType type = type(current.typeId());
        long id = current.id();
        return retried(() -> tx.execute(status -> {
            AvailabilityEntity hours = finder.hoursAt(type, staffSubject, start);
            if (hours == null || (current.way() == Way.IN_PERSON && hours.location() == null)) {
                throw new BookingRefused(Reason.NOT_OFFERED);
            }
            Instant end = start.plus(Duration.ofMinutes(type.minutes()));
            int changed = jdbc.update("""
                    UPDATE appointment SET staff_subject = ?, staff_name = ?, starts_at = ?, ends_at = ?,
                      blocked_until = ?, location = ?, sequence_no = sequence_no + 1, version = version + 1,
                      updated_at = ?
                    WHERE id = ? AND version = ? AND status = 'BOOKED'""", staffSubject, hours.staffName(),
                    utc(start), utc(end), utc(end.plus(Duration.ofMinutes(type.bufferMinutes()))),
                    current.way() == Way.IN_PERSON ? hours.location() : null, utc(clock.instant()), id, version);
            if (changed == 0) {
                throw new BookingRefused(Reason.CHANGED);
            }
            if (inTransaction != null) {
                inTransaction.run();
            }
            waitlist.end(id);
            holds.release(id);
            waitlist.freed(type.id(), current.staffSubject(), current.startsAt());
            AppointmentEntity moved = appointments.findById(id).orElseThrow();
            jdbc.update("DELETE FROM appointment_participant WHERE appointment_id = ? AND staff_subject = ?", id,
                    staffSubject);
            if (!holds.hold(id, spans(moved, jdbc.queryForList(
                    "SELECT staff_subject FROM appointment_participant WHERE appointment_id = ?", String.class, id)))) {
                status.setRollbackOnly();
                return -1L;
            }
            auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, id).of(moved.personId())
                    .because(byStaff ? Purpose.APPOINTMENT : Purpose.OWN_DATA));
            changed(moved, type, AppointmentChanged.Change.MOVED, byStaff);
            return version + 1;
        }), () -> null);
    }

    private void finish(AppointmentEntity current, long version, AppointmentStatus outcome, boolean byStaff) {
        AppointmentType type = type(current.typeId());
        long id = current.id();
        retried(() -> tx.execute(status -> {
            int changed = jdbc.update("UPDATE appointment SET status = ?, version = version + 1, updated_at = ?,"
                    + " sequence_no = sequence_no + ? WHERE id = ? AND version = ? AND status = 'BOOKED'",
                    outcome.name(), utc(clock.instant()), outcome == AppointmentStatus.CANCELLED ? 1 : 0, id, version);
            if (changed == 0) {
                throw new BookingRefused(Reason.CHANGED);
            }
            waitlist.end(id);
            if (outcome == AppointmentStatus.CANCELLED) {
                holds.release(id);
                waitlist.freed(type.id(), current.staffSubject(), current.startsAt());
            }
            AppointmentEntity done = appointments.findById(id).orElseThrow();
            auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT, id).of(done.personId())
                    .because(byStaff ? Purpose.APPOINTMENT : Purpose.OWN_DATA));
            changed(done, type, switch (outcome) {
                case CANCELLED -> AppointmentChanged.Change.CANCELLED;
                case DONE -> AppointmentChanged.Change.DONE;
                default -> AppointmentChanged.Change.NO_SHOW;
            }, byStaff);
            return 0L;
        }), () -> null);
    }

    /** Publishes the event, queues the resident's notice and plans or cancels the reminders, in the change's transaction. */
    private void changed(AppointmentEntity a, AppointmentType type, AppointmentChanged.Change change, boolean byStaff) {
        Instant now = clock.instant();
        events.publishEvent(new AppointmentChanged(a.id(), change, type.code(), type.staffRole(), a.way(), byStaff,
                now, a.personId(), a.staffSubject(), a.startsAt()));
        if (change == AppointmentChanged.Change.BOOKED || change == AppointmentChanged.Change.MOVED
                || change == AppointmentChanged.Change.CANCELLED) {
            notices.notify(a.personId(), NoticeKind.APPOINTMENT_CHANGED, a.startsAt());
        }
        for (Duration offset : settings.reminders()) {
            String key = a.id() + "/" + offset;
            Instant at = a.startsAt().minus(offset);
            if (a.status() == AppointmentStatus.BOOKED && at.isAfter(now)) {
                jobs.schedule(REMINDER_JOB, key, at);
            } else {
                jobs.cancel(REMINDER_JOB, key);
            }
        }
    }

    /**
     * Runs a booking transaction: a deadlock or lock wait the database gave up on is tried again; a hold
     * refused (-1) is "taken" unless {@code same} finds the very appointment (a double click).
     */
    private long retried(java.util.function.Supplier<@Nullable Long> work, java.util.function.Supplier<@Nullable Long> same) {
        return gated(() -> attempts(work, same));
    }

    /** Runs the work when one of the booking turns is free (waiting at most the busy wait). */
    private long gated(java.util.function.LongSupplier work) {
        try {
            if (!gate.tryAcquire(settings.busyWait().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new BookingRefused(Reason.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BookingRefused(Reason.BUSY);
        }
        try {
            return work.getAsLong();
        } finally {
            gate.release();
        }
    }

    private long attempts(java.util.function.Supplier<@Nullable Long> work, java.util.function.Supplier<@Nullable Long> same) {
        for (int attempt = 1;; attempt++) {
            try {
                Long id = work.get();
                if (id == null || id < 0) {
                    Long existing = same.get();
                    if (existing != null) {
                        return existing;
                    }
                    throw new BookingRefused(Reason.TAKEN);
                }
                return id;
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= RETRIES) {
                    throw new BookingRefused(Reason.TAKEN);
                }
                try {
                    Thread.sleep(5L * attempt + (long) (Math.random() * 20));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new BookingRefused(Reason.TAKEN);
                }
            }
        }
    }

    private static List<HoldStore.Span> spans(AppointmentEntity a, Collection<String> otherStaff) {
        List<HoldStore.Span> spans = new ArrayList<>();
        spans.add(new HoldStore.Span(HoldStore.person(a.personId()), a.startsAt(), a.endsAt()));
        spans.add(new HoldStore.Span(HoldStore.staff(a.staffSubject()), a.startsAt(), a.blockedUntil()));
        for (String other : otherStaff) {
            spans.add(new HoldStore.Span(HoldStore.staff(other), a.startsAt(), a.blockedUntil()));
        }
        return spans;
    }

    private @Nullable String phone(BookingRequest request) {
        if (request.way() != Way.PHONE) {
            return null;
        }
        String phone = request.phone() == null ? "" : request.phone().strip();
        if (!PHONE.matcher(phone).matches()) {
            throw new BookingRefused(Reason.PHONE);
        }
        return phone;
    }

    private void requireChangeable(AppointmentEntity a) {
        if (!changeable(a)) {
            throw new BookingRefused(Reason.TOO_LATE);
        }
    }

    private boolean changeable(AppointmentEntity a) {
        return a.status() == AppointmentStatus.BOOKED
                && clock.instant().plus(settings.changeLimit()).isBefore(a.startsAt());
    }

    private AppointmentEntity own(long id) {
        return appointments.findByIdAndPersonId(id, currentUser.requirePersonId())
                .orElseThrow(AppointmentNotFoundException::new);
    }

    private AppointmentType type(long id) {
        return types.findById(id).map(AppointmentTypeEntity::toRecord).orElseThrow(AppointmentNotFoundException::new);
    }

    private Map<Long, AppointmentType> typesById() {
        return types.findAll().stream().map(AppointmentTypeEntity::toRecord)
                .collect(Collectors.toMap(AppointmentType::id, Function.identity()));
    }

    private String staffName(String subject) {
        List<String> names = jdbc.queryForList("SELECT staff_name FROM availability WHERE staff_subject = ? LIMIT 1",
                String.class, subject);
        return names.isEmpty() ? subject : names.getFirst();
    }

    private List<String> participants(long id) {
        return participants(List.of(id)).getOrDefault(id, List.of());
    }

    private Map<Long, List<String>> participants(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> found = new java.util.HashMap<>();
        jdbc.query("SELECT appointment_id, staff_name FROM appointment_participant WHERE appointment_id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") ORDER BY staff_name",
                rs -> {
                    found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return found;
    }

    private Appointment view(AppointmentEntity a, AppointmentType type, @Nullable String clientName,
            List<String> otherStaff) {
        return new Appointment(a.id(), type, a.personId(), clientName, a.staffSubject(), a.staffName(), otherStaff,
                a.startsAt(), a.endsAt(), a.way(), a.location(), a.phone(), a.interpreter(), a.language(), a.status(),
                a.version(), changeable(a));
    }

    private static java.time.LocalDateTime utc(Instant t) {
        return java.time.LocalDateTime.ofInstant(t, java.time.ZoneOffset.UTC);
    }
}
