package fi.tyollisyystalo.statistics.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One event as the statistics keep it (a row of {@code stat_event}): codes, the pseudonymous client key, age band
 * and sex at the time, the staff member's team. {@code kind} is CONTACT (subject = request), VISIT (appointment)
 * or CASE (case).
 */
public record Fact(String kind, long subjectId, String step, @Nullable String code, @Nullable String staffRole,
        @Nullable String way, @Nullable Boolean byStaff, @Nullable String teamCode, @Nullable String clientKey,
        @Nullable String ageBand, @Nullable String sex, @Nullable Instant startsAt, Instant at) {

    public static final String CONTACT = "CONTACT";
    public static final String VISIT = "VISIT";
    public static final String CASE = "CASE";

    /** The same event delivered twice gives the same key. */
    String dedupeKey() {
        return kind + ":" + subjectId + ":" + step + ":" + at.getEpochSecond() + "." + at.getNano()
                + (code == null ? "" : ":" + code);
    }
}
