package fi.tyollisyystalo.healthcheck;

import org.jspecify.annotations.Nullable;

/**
 * What a shared health check says about urgency, for a worklist row: the work-ability score, how many
 * domains were rated weak, how many findings ask for attention. Only for results shared with consent.
 */
public record UrgencyHint(long checkId, @Nullable Integer workAbility, int weakDomains, int attentionFlags) {
}
