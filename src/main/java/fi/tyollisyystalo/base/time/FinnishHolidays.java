package fi.tyollisyystalo.base.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finland's public holidays and the days offices are closed, computed for any year from their rules
 * (Act 1966/1984 and established practice), not listed by hand: New Year's Day, Epiphany, Good
 * Friday, Easter Monday, May Day, Ascension Day, Midsummer Eve and Day, All Saints' Day, Independence
 * Day, Christmas Eve, Christmas Day and St Stephen's Day. Easter Sunday and Whit Sunday always fall on a
 * Sunday, so they never close a working day and are not listed.
 */
public final class FinnishHolidays {

    private FinnishHolidays() {
    }

    /** The holidays that fall in {@code year}, by date. */
    public static Map<LocalDate, Holiday> of(int year) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        days.put(LocalDate.of(year, 1, 1), Holiday.NEW_YEARS_DAY);
        days.put(LocalDate.of(year, 1, 6), Holiday.EPIPHANY);
        days.put(easter.minusDays(2), Holiday.GOOD_FRIDAY);
        days.put(easter.plusDays(1), Holiday.EASTER_MONDAY);
        days.put(LocalDate.of(year, 5, 1), Holiday.MAY_DAY);
        days.put(easter.plusDays(39), Holiday.ASCENSION_DAY);
        // Midsummer Eve is the Friday between 19 and 25 June, Midsummer Day the Saturday after it
        LocalDate midsummerEve = LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        days.put(midsummerEve, Holiday.MIDSUMMER_EVE);
        days.put(midsummerEve.plusDays(1), Holiday.MIDSUMMER_DAY);
        // All Saints' Day is the Saturday between 31 October and 6 November
        days.put(LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
                Holiday.ALL_SAINTS_DAY);
        days.put(LocalDate.of(year, 12, 6), Holiday.INDEPENDENCE_DAY);
        days.put(LocalDate.of(year, 12, 24), Holiday.CHRISTMAS_EVE);
        days.put(LocalDate.of(year, 12, 25), Holiday.CHRISTMAS_DAY);
        days.put(LocalDate.of(year, 12, 26), Holiday.ST_STEPHENS_DAY);
        return days;
    }

    /** Computed once per year asked for: a worklist of thousands of due dates asks for the same few years. */
    private static final java.util.concurrent.ConcurrentMap<Integer, Map<LocalDate, Holiday>> BY_YEAR =
            new java.util.concurrent.ConcurrentHashMap<>();

    public static boolean isHoliday(LocalDate date) {
        return BY_YEAR.computeIfAbsent(date.getYear(), year -> java.util.Collections.unmodifiableMap(of(year)))
                .containsKey(date);
    }

    /**
     * Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"),
     * which the Evangelical Lutheran Church of Finland follows.
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The holidays by name (no page shows them yet, so they have no translated names). */
    public enum Holiday {
        NEW_YEARS_DAY, EPIPHANY, GOOD_FRIDAY, EASTER_MONDAY, MAY_DAY, ASCENSION_DAY, MIDSUMMER_EVE,
        MIDSUMMER_DAY, ALL_SAINTS_DAY, INDEPENDENCE_DAY, CHRISTMAS_EVE, CHRISTMAS_DAY, ST_STEPHENS_DAY
    }
}
