package fi.tyollisyystalo.servicemap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Weekly opening hours of a service location with exceptions for single days (holidays, shortened
 * days). Times are local Finnish time.
 */
public record OpeningHours(List<Weekly> weekly, List<Exception> exceptions) {

    public static final OpeningHours NONE = new OpeningHours(List.of(), List.of());

    /** Exceptions are kept in date order (26.12.2026 before 1.1.2027), whatever order they came in. */
    public OpeningHours {
        weekly = weekly == null ? List.of() : List.copyOf(weekly);
        exceptions = exceptions == null ? List.of()
                : exceptions.stream().sorted(Comparator.comparing(Exception::date)).toList();
    }

    /** Open on these days from {@code open} to {@code close}. */
    public record Weekly(Set<DayOfWeek> days, LocalTime open, LocalTime close) {
    }

    /** A single day that differs: closed, or open at other times. */
    public record Exception(LocalDate date, boolean closed, @Nullable LocalTime open, @Nullable LocalTime close) {
    }

    /** The hours of one day: empty when closed. */
    public record Span(LocalTime open, LocalTime close) {
    }

    public boolean isEmpty() {
        return weekly.isEmpty() && exceptions.isEmpty();
    }

    /** The opening spans on a date, exceptions first. */
    public List<Span> on(LocalDate date) {
        Optional<Exception> exception = exceptions.stream().filter(e -> e.date().equals(date)).findFirst();
        if (exception.isPresent()) {
            Exception e = exception.get();
            return e.closed() || e.open() == null || e.close() == null ? List.of() : List.of(new Span(e.open(), e.close()));
        }
        return weekly.stream().filter(w -> w.days().contains(date.getDayOfWeek()))
                .map(w -> new Span(w.open(), w.close())).toList();
    }

    /** Open at this moment (in Finnish time)? */
    public boolean isOpenAt(ZonedDateTime moment) {
        LocalTime t = moment.toLocalTime();
        return on(moment.toLocalDate()).stream().anyMatch(s -> !t.isBefore(s.open()) && t.isBefore(s.close()));
    }
}
