package fi.tyollisyystalo.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.booking.AppointmentType;
import fi.tyollisyystalo.booking.FreeTime;
import fi.tyollisyystalo.booking.Way;

/**
 * Finds free times: the weekly hours of the staff who offer a type (their role), on the dates they apply to
 * (Finnish public holidays are closed unless the hours say otherwise), outside absences, back to back from
 * the start of the hours (every length plus buffer: 8.00, 9.15, 10.30 for an hour with a quarter's buffer),
 * where the whole appointment and the staff's buffer after it are unheld. Weekly hours are Helsinki
 * wall-clock times, so a Monday 08:00 is 06:00 UTC in winter and 05:00 UTC in summer. The search goes a week
 * at a time and stops when it has enough, so the earliest time is found without reading months of holds.
 */
@Component
public class FreeTimeFinder {

    private final AvailabilityRepository hours;
    private final AbsenceRepository absences;
    private final HoldStore holds;

    FreeTimeFinder(AvailabilityRepository hours, AbsenceRepository absences, HoldStore holds) {
        this.hours = hours;
        this.absences = absences;
        this.holds = holds;
    }

    /** Which free times to look for. */
    public record Search(AppointmentType type, @Nullable Way way, @Nullable String language, @Nullable String place,
            @Nullable String staffSubject, @Nullable Long personId, Instant from, Instant to, int limit) {
    }

    /** Free times in order of start (then staff name), at most {@code search.limit()}. */
    public List<FreeTime> find(Search search) {
        List<AvailabilityEntity> rows = hours.findByStaffRoleIn(List.of(search.type().staffRole())).stream()
                .filter(r -> search.staffSubject() == null || r.staffSubject().equals(search.staffSubject()))
                .filter(r -> search.way() != Way.IN_PERSON || r.location() != null)
                .filter(r -> search.language() == null || r.languages().contains(search.language()))
                .filter(r -> search.place() == null || search.place().isBlank() || (r.location() != null
                        && r.location().toLowerCase(Locale.ROOT).contains(search.place().toLowerCase(Locale.ROOT))))
                .toList();
        if (rows.isEmpty() || !search.from().isBefore(search.to())) {
            return List.of();
        }
        List<String> staff = rows.stream().map(AvailabilityEntity::staffSubject).distinct().toList();
        Duration length = Duration.ofMinutes(search.type().minutes());
        Duration blocked = length.plusMinutes(search.type().bufferMinutes());
        List<FreeTime> found = new ArrayList<>();
        LocalDate day = HelsinkiTime.at(search.from()).toLocalDate();
        LocalDate last = HelsinkiTime.at(search.to()).toLocalDate();
        while (!day.isAfter(last) && found.size() < search.limit()) {
            LocalDate weekEnd = day.plusDays(6).isAfter(last) ? last : day.plusDays(6);
            Instant weekFrom = day.atStartOfDay(HelsinkiTime.ZONE).toInstant();
            Instant weekTo = weekEnd.plusDays(1).atStartOfDay(HelsinkiTime.ZONE).toInstant();
            List<String> holders = new ArrayList<>(staff.stream().map(HoldStore::staff).toList());
            if (search.personId() != null) {
                holders.add(HoldStore.person(search.personId()));
            }
            Map<String, Set<Instant>> held = holds.held(holders, weekFrom, weekTo.plus(blocked));
            Map<String, List<AbsenceEntity>> away = absences
                    .findByStaffSubjectInAndEndsAtAfterAndStartsAtBefore(staff, weekFrom, weekTo.plus(blocked))
                    .stream().collect(Collectors.groupingBy(AbsenceEntity::staffSubject));
            Set<Instant> personHeld = search.personId() == null ? Set.of()
                    : held.getOrDefault(HoldStore.person(search.personId()), Set.of());
            List<FreeTime> week = new ArrayList<>();
            for (LocalDate d = day; !d.isAfter(weekEnd); d = d.plusDays(1)) {
                for (AvailabilityEntity r : rows) {
                    if (!r.appliesOn(d)) {
                        continue;
                    }
                    Instant windowEnd = ZonedDateTime.of(d, r.ends(), HelsinkiTime.ZONE).toInstant();
                    Set<Instant> staffHeld = held.getOrDefault(HoldStore.staff(r.staffSubject()), Set.of());
                    List<AbsenceEntity> off = away.getOrDefault(r.staffSubject(), List.of());
                    for (Instant start = ZonedDateTime.of(d, r.starts(), HelsinkiTime.ZONE).toInstant();
                            !start.plus(length).isAfter(windowEnd); start = start.plus(blocked)) {
                        if (start.isBefore(search.from()) || !start.isBefore(search.to())
                                || anyHeld(staffHeld, start, start.plus(blocked))
                                || anyHeld(personHeld, start, start.plus(length))
                                || overlaps(off, start, start.plus(length))) {
                            continue;
                        }
                        week.add(new FreeTime(r.staffSubject(), r.staffName(), start, start.plus(length), r.location(),
                                r.languages()));
                    }
                }
            }
            week.sort(Comparator.comparing(FreeTime::start).thenComparing(FreeTime::staffName));
            found.addAll(week.subList(0, Math.min(week.size(), search.limit() - found.size())));
            day = weekEnd.plusDays(1);
        }
        return found;
    }

    /** The weekly hours that offer {@code start} for the type with this staff member, if any (holds not asked). */
    public @Nullable AvailabilityEntity hoursAt(AppointmentType type, String staffSubject, Instant start) {
        Duration length = Duration.ofMinutes(type.minutes());
        ZonedDateTime local = HelsinkiTime.at(start);
        if (!HoldStore.floor(start).equals(start)) {
            return null;
        }
        for (AvailabilityEntity r : hours.findByStaffSubject(staffSubject)) {
            if (!r.staffRole().equals(type.staffRole()) || !r.appliesOn(local.toLocalDate())) {
                continue;
            }
            Instant windowStart = ZonedDateTime.of(local.toLocalDate(), r.starts(), HelsinkiTime.ZONE).toInstant();
            Instant windowEnd = ZonedDateTime.of(local.toLocalDate(), r.ends(), HelsinkiTime.ZONE).toInstant();
            if (!start.isBefore(windowStart) && !start.plus(length).isAfter(windowEnd)
                    && Duration.between(windowStart, start).toMinutes() % HoldStore.GRAIN.toMinutes() == 0) {
                boolean away = absences.findByStaffSubjectInAndEndsAtAfterAndStartsAtBefore(List.of(staffSubject),
                        start, start.plus(length)).stream().findAny().isPresent();
                return away ? null : r;
            }
        }
        return null;
    }

    private static boolean anyHeld(Set<Instant> held, Instant from, Instant until) {
        if (held.isEmpty()) {
            return false;
        }
        for (Instant t = HoldStore.floor(from); t.isBefore(until); t = t.plus(HoldStore.GRAIN)) {
            if (held.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<AbsenceEntity> off, Instant from, Instant until) {
        for (AbsenceEntity a : off) {
            if (a.startsAt().isBefore(until) && a.endsAt().isAfter(from)) {
                return true;
            }
        }
        return false;
    }
}
