package fi.tyollisyystalo.servicemap.internal.ptv;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.OpeningHours;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.NoteKind;

/**
 * PTV service hours to our opening hours. DaysOfTheWeek without an end (or valid for longer than a
 * season) are the weekly hours; a DaysOfTheWeek entry for a shorter period (summer hours) replaces them
 * day by day for that period, as exceptions; Exceptional entries are exceptions (closed, or other hours)
 * and win over a season. OverMidnight has no equivalent and is left out with a note.
 * The result does not depend on today's date, so importing the same file twice gives the same hours.
 */
final class PtvHours {

    /** Longer than this, a limited DaysOfTheWeek entry counts as the regular hours. */
    static final int MAX_SEASON_DAYS = 120;
    /** Longer than this, an exceptional period is cut (a closure for a year is better told in a text). */
    static final int MAX_EXCEPTION_DAYS = 92;
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private PtvHours() {
    }

    static OpeningHours convert(List<Ptv.ServiceHour> hours, BiConsumer<NoteKind, String> notes) {
        List<OpeningHours.Weekly> weekly = new ArrayList<>();
        Map<LocalDate, OpeningHours.Exception> exceptions = new TreeMap<>();
        List<Ptv.ServiceHour> seasons = new ArrayList<>();
        for (Ptv.ServiceHour h : hours) {
            String type = h.serviceHourType() == null ? "" : h.serviceHourType();
            switch (type) {
                case "DaysOfTheWeek" -> {
                    LocalDate from = date(h.validFrom());
                    LocalDate to = date(h.validTo());
                    if (from == null || to == null || ChronoUnit.DAYS.between(from, to) >= MAX_SEASON_DAYS) {
                        weekly.addAll(weekly(h, notes));
                    } else {
                        seasons.add(h);
                    }
                }
                case "Exceptional" -> exceptional(h, exceptions, notes);
                case "OverMidnight", "Special" -> notes.accept(NoteKind.OVER_MIDNIGHT_IGNORED, describe(h));
                default -> notes.accept(NoteKind.UNKNOWN_HOURS_TYPE, type);
            }
        }
        for (Ptv.ServiceHour season : seasons) {
            List<OpeningHours.Weekly> pattern = weekly(season, notes);
            LocalDate to = date(season.validTo());
            for (LocalDate d = date(season.validFrom()); d != null && to != null && !d.isAfter(to); d = d.plusDays(1)) {
                exceptions.putIfAbsent(d, day(d, pattern));
            }
        }
        return new OpeningHours(merge(weekly), List.copyOf(exceptions.values()));
    }

    /** The weekly hours as a short text in three languages, for phone lines: "ma–pe 9.00–16.00". */
    static LocalizedText text(OpeningHours hours, List<Ptv.ServiceHour> source) {
        return new LocalizedText(text(hours, source, "fi"), blankToNull(text(hours, source, "sv")),
                blankToNull(text(hours, source, "en")));
    }

    private static String text(OpeningHours hours, List<Ptv.ServiceHour> source, String language) {
        Locale locale = Locale.of(language);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(language.equals("en") ? "H:mm" : "H.mm");
        List<String> parts = new ArrayList<>();
        for (OpeningHours.Weekly w : hours.weekly()) {
            parts.add(days(w.days(), locale) + " " + w.open().format(time) + "–" + w.close().format(time));
        }
        for (Ptv.ServiceHour h : source) {
            String info = PtvTexts.in(h.additionalInformation(), language);
            if (info != null) {
                parts.add(info);
            }
        }
        return String.join(", ", parts);
    }

    private static String days(Set<DayOfWeek> days, Locale locale) {
        List<String> ranges = new ArrayList<>();
        DayOfWeek start = null;
        DayOfWeek previous = null;
        for (DayOfWeek d : EnumSet.copyOf(days)) {
            if (start == null) {
                start = d;
            } else if (previous != null && d.getValue() != previous.getValue() + 1) {
                ranges.add(range(start, previous, locale));
                start = d;
            }
            previous = d;
        }
        if (start != null && previous != null) {
            ranges.add(range(start, previous, locale));
        }
        return String.join(", ", ranges);
    }

    private static String range(DayOfWeek from, DayOfWeek to, Locale locale) {
        String first = from.getDisplayName(TextStyle.SHORT, locale);
        return from == to ? first : first + "–" + to.getDisplayName(TextStyle.SHORT, locale);
    }

    private static List<OpeningHours.Weekly> weekly(Ptv.ServiceHour h, BiConsumer<NoteKind, String> notes) {
        if (Boolean.TRUE.equals(h.isAlwaysOpen())) {
            return List.of(new OpeningHours.Weekly(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, END_OF_DAY));
        }
        if (Boolean.TRUE.equals(h.isClosed())) {
            return List.of();
        }
        List<OpeningHours.Weekly> result = new ArrayList<>();
        for (Ptv.OpeningHour o : h.openingHour()) {
            DayOfWeek from = day(o.dayFrom());
            LocalTime open = time(o.from());
            LocalTime close = time(o.to());
            if (from == null || open == null || close == null) {
                continue;
            }
            DayOfWeek to = o.dayTo() == null ? from : day(o.dayTo());
            close = close(open, close, describe(h), notes);
            result.add(new OpeningHours.Weekly(days(from, to == null ? from : to), open, close));
        }
        return result;
    }

    private static void exceptional(Ptv.ServiceHour h, Map<LocalDate, OpeningHours.Exception> exceptions,
            BiConsumer<NoteKind, String> notes) {
        LocalDate from = date(h.validFrom());
        if (from == null) {
            return;
        }
        LocalDate to = date(h.validTo());
        if (to == null || to.isBefore(from)) {
            to = from;
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_EXCEPTION_DAYS) {
            notes.accept(NoteKind.EXCEPTION_PERIOD_SHORTENED, describe(h));
            to = from.plusDays(MAX_EXCEPTION_DAYS - 1);
        }
        LocalTime open = null;
        LocalTime close = null;
        for (Ptv.OpeningHour o : h.openingHour()) {
            LocalTime f = time(o.from());
            LocalTime t = time(o.to());
            if (f != null && t != null) {
                open = open == null || f.isBefore(open) ? f : open;
                t = close(f, t, describe(h), notes);
                close = close == null || t.isAfter(close) ? t : close;
            }
        }
        boolean closed = Boolean.TRUE.equals(h.isClosed()) || open == null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            exceptions.put(d, new OpeningHours.Exception(d, closed, closed ? null : open, closed ? null : close));
        }
    }

    /** One day of a season: its hours if the season's pattern has the weekday, else closed. */
    private static OpeningHours.Exception day(LocalDate d, List<OpeningHours.Weekly> pattern) {
        LocalTime open = null;
        LocalTime close = null;
        for (OpeningHours.Weekly w : pattern) {
            if (w.days().contains(d.getDayOfWeek())) {
                open = open == null || w.open().isBefore(open) ? w.open() : open;
                close = close == null || w.close().isAfter(close) ? w.close() : close;
            }
        }
        return open == null ? new OpeningHours.Exception(d, true, null, null)
                : new OpeningHours.Exception(d, false, open, close);
    }

    /** Entries with the same times become one: Mon 8–16 and Tue–Fri 8–16 are Mon–Fri 8–16. */
    private static List<OpeningHours.Weekly> merge(List<OpeningHours.Weekly> weekly) {
        Map<String, OpeningHours.Weekly> byTimes = new LinkedHashMap<>();
        for (OpeningHours.Weekly w : weekly) {
            byTimes.merge(w.open() + "-" + w.close(), w, (a, b) -> {
                Set<DayOfWeek> days = EnumSet.copyOf(a.days());
                days.addAll(b.days());
                return new OpeningHours.Weekly(days, a.open(), a.close());
            });
        }
        return byTimes.values().stream()
                .map(w -> new OpeningHours.Weekly(EnumSet.copyOf(w.days()), w.open(), w.close()))
                .sorted((a, b) -> a.days().iterator().next().compareTo(b.days().iterator().next()))
                .toList();
    }

    /** 24:00 and 00:00 as a closing time mean the end of the day; a later-than-midnight close is cut. */
    private static LocalTime close(LocalTime open, LocalTime close, String what, BiConsumer<NoteKind, String> notes) {
        if (close.equals(LocalTime.MIDNIGHT)) {
            return END_OF_DAY;
        }
        if (close.isBefore(open)) {
            notes.accept(NoteKind.HOURS_CUT_AT_MIDNIGHT, what);
            return END_OF_DAY;
        }
        return close;
    }

    private static Set<DayOfWeek> days(DayOfWeek from, DayOfWeek to) {
        Set<DayOfWeek> days = EnumSet.of(from);
        for (DayOfWeek d = from; d != to; d = d.plus(1)) {
            days.add(d.plus(1));
        }
        return days;
    }

    private static @Nullable DayOfWeek day(@Nullable String ptv) {
        if (ptv == null || ptv.isBlank()) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(ptv.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalTime time(@Nullable String ptv) {
        if (ptv == null || ptv.isBlank()) {
            return null;
        }
        String t = ptv.strip();
        if (t.startsWith("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A PTV date-time as a Finnish calendar day: with an offset (…Z) it is moved to Helsinki time first. */
    static @Nullable LocalDate date(@Nullable String ptv) {
        if (ptv == null || ptv.length() < 10) {
            return null;
        }
        try {
            if (ptv.length() > 19) {
                return OffsetDateTime.parse(ptv).atZoneSameInstant(Formats.HELSINKI).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            // no offset after all: the calendar day as written
        }
        try {
            return LocalDate.parse(ptv.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String describe(Ptv.ServiceHour h) {
        return h.serviceHourType() + " " + (h.validFrom() == null ? "" : h.validFrom())
                + (h.validTo() == null ? "" : "–" + h.validTo());
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
