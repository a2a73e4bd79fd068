package fi.tyollisyystalo.statistics.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One event as the statistics keep it (a row of {@code stat_event}): codes, the pseudonymous client key, age band
 * and sex at the time, the staff member's team. {@code kind} is CONTACT (subject = request), VISIT (appointment),
 * CASE (case), FOLLOWUP (a resident's follow-up: INVITED, REMINDED, ANSWERED), ANSWER (one answer of a
 * follow-up: the step is the question, the code the number or code answered), REQUEST (a professional's referral
 * or consultation: the step is its kind, the code the source organisation) or STAKEHOLDER (one answer of the
 * partners' survey: subject = the round, the step the question, no client). {@code wave} is a follow-up's
 * purpose (or STAKEHOLDER), {@code referenceId} what it is about (the case of a PROM); {@code age} the client's
 * age in whole years at the time, on a case's opening only (the clients' mean age).
 */
public record Fact(String kind, long subjectId, String step, @Nullable String code, @Nullable String staffRole,
        @Nullable String way, @Nullable Boolean byStaff, @Nullable String teamCode, @Nullable String clientKey,
        @Nullable String ageBand, @Nullable String sex, @Nullable Instant startsAt, Instant at,
        @Nullable String wave, @Nullable Long referenceId, @Nullable Integer age) {

    /** A fact without the age in years (kept only where a figure needs it: the opening of a case). */
    public Fact(String kind, long subjectId, String step, @Nullable String code, @Nullable String staffRole,
            @Nullable String way, @Nullable Boolean byStaff, @Nullable String teamCode, @Nullable String clientKey,
            @Nullable String ageBand, @Nullable String sex, @Nullable Instant startsAt, Instant at,
            @Nullable String wave, @Nullable Long referenceId) {
        this(kind, subjectId, step, code, staffRole, way, byStaff, teamCode, clientKey, ageBand, sex, startsAt, at,
                wave, referenceId, null);
    }

    public static final String CONTACT = "CONTACT";
    public static final String VISIT = "VISIT";
    public static final String CASE = "CASE";
    public static final String FOLLOWUP = "FOLLOWUP";
    public static final String ANSWER = "ANSWER";
    public static final String REQUEST = "REQUEST";
    public static final String STAKEHOLDER = "STAKEHOLDER";

    /** The same event delivered twice gives the same key. */
    String dedupeKey() {
        return kind + ":" + subjectId + ":" + step + ":" + at.getEpochSecond() + "." + at.getNano()
                + (code == null ? "" : ":" + code);
    }
}
