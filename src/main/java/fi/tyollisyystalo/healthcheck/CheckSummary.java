package fi.tyollisyystalo.healthcheck;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One of the resident's health checks on My page.
 *
 * @param workAbilityChange the change of the work-ability score since the previous submitted check
 * @param weakDomainChange  the change of the number of weak domains since the previous one
 * @param shared            true while the resident's consent to share this result with the team is in force
 */
public record CheckSummary(long id, HealthCheckStatus status, Instant startedAt, Instant updatedAt,
        @Nullable Instant submittedAt, @Nullable Integer workAbility, @Nullable Integer workAbilityChange,
        int weakDomains, @Nullable Integer weakDomainChange, boolean shared) {
}
