package fi.tyollisyystalo.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.booking.internal.AbsenceEntity;
import fi.tyollisyystalo.booking.internal.AbsenceRepository;
import fi.tyollisyystalo.booking.internal.AvailabilityEntity;
import fi.tyollisyystalo.booking.internal.AvailabilityRepository;
import fi.tyollisyystalo.identity.CurrentUser;

/**
 * A staff member publishes when they can be booked: weekly hours (a weekday, from–to in Helsinki time, a place
 * or none for phone and video only, the languages) and absences (whole days off). Each staff member edits only
 * their own; residents are offered times from these at once. Staff data, not client data: not audited.
 */
@Service
public class StaffHours {

    /** Weekly hours are whole quarter hours, at most this many rows a person. */
    public static final int MAX_ROWS = 30;

    private final AvailabilityRepository hours;
    private final AbsenceRepository absences;
    private final CurrentUser currentUser;

    StaffHours(AvailabilityRepository hours, AbsenceRepository absences, CurrentUser currentUser) {
        this.hours = hours;
        this.absences = absences;
        this.currentUser = currentUser;
    }

    /** One row of weekly hours. */
    public record WeeklyHours(long id, DayOfWeek weekday, LocalTime starts, LocalTime ends, @Nullable String location,
            List<String> languages) {
    }

    /** Whole days off, first and last day included. */
    public record Absence(long id, LocalDate first, LocalDate last) {
    }

    @Transactional(readOnly = true)
    @ClientWork
    public List<WeeklyHours> myHours() {
        return hours.findByStaffSubjectOrderByWeekdayAscStartsAsc(me().subject()).stream()
                .map(h -> new WeeklyHours(h.id(), h.weekday(), h.starts(), h.ends(), h.location(), h.languages()))
                .toList();
    }

    /** Adds weekly hours for the signed-in staff member. */
    @Transactional
    @ClientWork
    public void addMyHours(DayOfWeek weekday, LocalTime starts, LocalTime ends, @Nullable String location,
            Set<String> languages) {
        CurrentUser.SignedInUser me = me();
        if (starts.getMinute() % 15 != 0 || ends.getMinute() % 15 != 0 || starts.getSecond() != 0
                || ends.getSecond() != 0) {
            throw new FieldRejected("starts", "booking.hours.error.quarter");
        }
        if (!ends.isAfter(starts)) {
            throw new FieldRejected("ends", "booking.hours.error.order");
        }
        String place = location == null || location.isBlank() ? null : location.strip();
        if (place != null && place.length() > 300) {
            throw new FieldRejected("location", "booking.hours.error.location");
        }
        List<String> langs = List.of("fi", "sv", "en").stream().filter(languages::contains).toList();
        if (langs.isEmpty()) {
            throw new FieldRejected("languages", "booking.hours.error.languages");
        }
        List<AvailabilityEntity> mine = hours.findByStaffSubject(me.subject());
        if (mine.size() >= MAX_ROWS) {
            throw new FieldRejected("weekday", "booking.hours.error.many");
        }
        boolean overlaps = mine.stream().anyMatch(h -> h.weekday() == weekday && h.starts().isBefore(ends)
                && h.ends().isAfter(starts));
        if (overlaps) {
            throw new FieldRejected("starts", "booking.hours.error.overlap");
        }
        hours.save(new AvailabilityEntity(me.subject(), me.displayName(), role(me), weekday, starts, ends, place,
                langs));
    }

    @Transactional
    @ClientWork
    public void removeMyHours(long id) {
        hours.findById(id).filter(h -> h.staffSubject().equals(me().subject())).ifPresent(hours::delete);
    }

    @Transactional(readOnly = true)
    @ClientWork
    public List<Absence> myAbsences() {
        return absences.findByStaffSubjectAndEndsAtAfterOrderByStartsAtAsc(me().subject(), Instant.EPOCH).stream()
                .map(a -> new Absence(a.id(), HelsinkiTime.at(a.startsAt()).toLocalDate(),
                        HelsinkiTime.at(a.endsAt()).toLocalDate().minusDays(1)))
                .toList();
    }

    /** Whole days off from {@code first} to {@code last} (Helsinki days). Booked appointments stay booked. */
    @Transactional
    @ClientWork
    public void addMyAbsence(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new FieldRejected("last", "booking.hours.error.order");
        }
        if (first.plusYears(1).isBefore(last)) {
            throw new FieldRejected("last", "booking.absence.error.long");
        }
        absences.save(new AbsenceEntity(me().subject(), first.atStartOfDay(HelsinkiTime.ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(HelsinkiTime.ZONE).toInstant()));
    }

    @Transactional
    @ClientWork
    public void removeMyAbsence(long id) {
        absences.findById(id).filter(a -> a.staffSubject().equals(me().subject())).ifPresent(absences::delete);
    }

    private CurrentUser.SignedInUser me() {
        return currentUser.get().orElseThrow(() -> new IllegalStateException("signed in staff only"));
    }

    private static String role(CurrentUser.SignedInUser me) {
        return Roles.CLIENT_WORK_ROLES.stream().filter(me::hasRole).findFirst().orElse(Roles.COORDINATOR);
    }
}
