package fi.tyollisyystalo.healthcheck;

/**
 * Published when a resident submits a health check, for features that act on it (self-referral,
 * follow-up statistics). Carries no answers.
 */
public record HealthCheckCompleted(long healthCheckId, long personId, boolean offerCoordinator,
        boolean contactWished) {
}
