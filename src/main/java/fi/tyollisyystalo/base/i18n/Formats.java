package fi.tyollisyystalo.base.i18n;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates and times as people in Finland read them, always in Europe/Helsinki time. */
public final class Formats {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private Formats() {
    }

    /** 23.11.2026 (fi, sv) or 23 November 2026 (en). */
    public static String date(LocalDate date, Locale locale) {
        return date.format(dateFormatter(locale));
    }

    /** 23.11.2026 klo 14.05 (fi), 23.11.2026 kl. 14.05 (sv), 23 November 2026 at 14:05 (en). */
    public static String dateTime(Instant instant, Locale locale) {
        var local = instant.atZone(HELSINKI);
        return local.format(dateFormatter(locale)) + " " + local.format(timeFormatter(locale));
    }

    /** A Helsinki clock time alone: 9.00 (fi), 9.00 (sv), 09:00 (en). */
    public static String time(Instant instant, Locale locale) {
        var local = instant.atZone(HELSINKI);
        return local.format("en".equals(Languages.supported(locale).getLanguage())
                ? DateTimeFormatter.ofPattern("HH:mm") : DateTimeFormatter.ofPattern("H.mm"));
    }

    /** A day as a heading: "tiistai 23.3.2027", "tisdag 23.3.2027", "Tuesday 23 March 2027". */
    public static String day(LocalDate date, Locale locale) {
        return dayName(date.getDayOfWeek(), locale) + " " + date(date, locale);
    }

    /**
     * A weekday's name as it stands alone in a list or table: "maanantai" … "sunnuntai", "måndag",
     * "Monday". (The JDK's FULL style gives Finnish in the "on Monday" form, "maanantaina", except for
     * Sunday, so a week mixed both forms.)
     */
    public static String dayName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, Languages.supported(locale));
    }

    private static DateTimeFormatter dateFormatter(Locale locale) {
        return switch (Languages.supported(locale).getLanguage()) {
            case "en" -> DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
            default -> DateTimeFormatter.ofPattern("d.M.yyyy");
        };
    }

    private static DateTimeFormatter timeFormatter(Locale locale) {
        return switch (Languages.supported(locale).getLanguage()) {
            case "en" -> DateTimeFormatter.ofPattern("'at' HH:mm");
            case "sv" -> DateTimeFormatter.ofPattern("'kl.' HH.mm");
            default -> DateTimeFormatter.ofPattern("'klo' H.mm");
        };
    }
}
