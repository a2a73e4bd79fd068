package fi.tyollisyystalo.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quarter hours appointments hold (table {@code booking_hold}). {@link #hold} inserts every quarter hour
 * of every holder in one global order (holder, then time), so that two bookings that overlap meet on the same
 * first row and one waits for the other instead of deadlocking; the primary key refuses the second hold,
 * whatever was checked before. Times are UTC.
 */
@Component
public class HoldStore {

    /** The grain of every hold, and of every length and buffer. */
    public static final Duration GRAIN = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;

    HoldStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A holder and how long it holds from the start. */
    public record Span(String holder, Instant from, Instant until) {
    }

    public static String staff(String subject) {
        return "S:" + subject;
    }

    public static String person(long personId) {
        return "P:" + personId;
    }

    /**
     * Holds every quarter hour of the spans for the appointment; false when any is held already (the caller's
     * transaction must then roll back, which it does by throwing).
     */
    public boolean hold(long appointmentId, List<Span> spans) {
        List<Object[]> rows = new ArrayList<>();
        for (Span s : spans.stream().sorted(Comparator.comparing(Span::holder)).toList()) {
            for (Instant t = floor(s.from()); t.isBefore(s.until()); t = t.plus(GRAIN)) {
                rows.add(new Object[] {s.holder(), LocalDateTime.ofInstant(t, ZoneOffset.UTC), appointmentId});
            }
        }
        try {
            jdbc.batchUpdate("INSERT INTO booking_hold (holder, grain_start, appointment_id) VALUES (?, ?, ?)", rows);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Whether any quarter hour of the holder between the two instants is held (committed holds only). */
    public boolean anyHeld(String holder, Instant from, Instant until) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM booking_hold WHERE holder = ? AND grain_start >= ?"
                + " AND grain_start < ?", Integer.class, holder, LocalDateTime.ofInstant(floor(from), ZoneOffset.UTC),
                LocalDateTime.ofInstant(until, ZoneOffset.UTC));
        return n != null && n > 0;
    }

    /** Releases everything the appointment holds. */
    public void release(long appointmentId) {
        jdbc.update("DELETE FROM booking_hold WHERE appointment_id = ?", appointmentId);
    }

    /** The held quarter hours of these holders between two instants, by holder. */
    public Map<String, java.util.Set<Instant>> held(List<String> holders, Instant from, Instant to) {
        if (holders.isEmpty()) {
            return Map.of();
        }
        String marks = holders.stream().map(h -> "?").collect(Collectors.joining(","));
        List<Object> args = new ArrayList<>(holders);
        args.add(LocalDateTime.ofInstant(from, ZoneOffset.UTC));
        args.add(LocalDateTime.ofInstant(to, ZoneOffset.UTC));
        Map<String, java.util.Set<Instant>> held = new java.util.HashMap<>();
        jdbc.query("SELECT holder, grain_start FROM booking_hold WHERE holder IN (" + marks
                + ") AND grain_start >= ? AND grain_start < ?", rs -> {
                    held.computeIfAbsent(rs.getString(1), h -> new java.util.HashSet<>())
                            .add(rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC));
                }, args.toArray());
        return held;
    }

    static Instant floor(Instant t) {
        long minutes = t.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
        return Instant.ofEpochSecond((minutes - Math.floorMod(minutes, GRAIN.toMinutes())) * 60);
    }
}
