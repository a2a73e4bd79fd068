package fi.tyollisyystalo.healthcheck;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A row of the team's list of results shared with consent. */
public record SharedCheck(long id, String clientName, Instant submittedAt, @Nullable Integer workAbility,
        boolean offerCoordinator, int attentionFlags, boolean contactWished) {
}
