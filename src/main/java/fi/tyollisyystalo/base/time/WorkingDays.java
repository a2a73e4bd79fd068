package fi.tyollisyystalo.base.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Finnish working days: Monday to Friday that are not a public holiday or a day offices are closed
 * ({@link FinnishHolidays}). Answer targets ("we answer within three working days") are counted in
 * Helsinki time, whatever the server's zone.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !FinnishHolidays.isHoliday(date);
    }

    /** The {@code n}th working day after {@code date} (n ≥ 1); {@code date} itself never counts. */
    public static LocalDate plus(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must be zero or more: " + n);
        }
        LocalDate day = date;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** When the office day starts: something that arrives on a closed day counts as arriving then. */
    public static final LocalTime OFFICE_OPENS = LocalTime.of(8, 0);
    /** When the office day ends: something that arrives later counts as arriving when the next one opens. */
    public static final LocalTime OFFICE_CLOSES = LocalTime.of(16, 0);

    /**
     * When something that arrived at {@code at} is due, {@code n} working days later at the same local
     * time of day in Helsinki (a request sent on Thursday 25 March 2027 at 15:00 with three working days
     * is due on Thursday 1 April 2027 at 15:00, Good Friday and Easter Monday skipped, across the change
     * to summer time). Something that arrives on a weekend or holiday, or outside office hours (before 8 or
     * after 16), counts as arriving when the office next opens, so a due time is always within office hours.
     */
    public static Instant due(Instant at, int n) {
        ZonedDateTime local = at.atZone(HelsinkiTime.ZONE);
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (!isWorkingDay(date) || time.isAfter(OFFICE_CLOSES)) {
            date = plus(date, 1);
            time = OFFICE_OPENS;
        } else if (time.isBefore(OFFICE_OPENS)) {
            time = OFFICE_OPENS;
        }
        return ZonedDateTime.of(plus(date, n), time, HelsinkiTime.ZONE).toInstant();
    }
}
