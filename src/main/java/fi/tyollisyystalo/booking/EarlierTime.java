package fi.tyollisyystalo.booking;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a resident's appointment stands on the waitlist for an earlier time: they may ask (CAN_ASK), are
 * waiting (WAITING), or a freed time is kept for them until {@code keptUntil} (OFFERED, with the time and the
 * staff member). NONE: asking is not possible (too late to change, or a type they do not book themselves).
 */
public record EarlierTime(State state, @Nullable String staffName, @Nullable Instant start, @Nullable Instant end,
        @Nullable Instant keptUntil) {

    public enum State {
        NONE, CAN_ASK, WAITING, OFFERED
    }
}
