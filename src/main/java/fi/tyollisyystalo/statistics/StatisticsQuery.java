package fi.tyollisyystalo.statistics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The period (Helsinki dates, both days included) and the team (its code; null for all teams) of the figures.
 */
public record StatisticsQuery(LocalDate from, LocalDate to, @Nullable String team) {

    /** The longest period asked at once. */
    public static final int MAX_DAYS = 3 * 366;

    public StatisticsQuery {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("The period is too long");
        }
    }
}
