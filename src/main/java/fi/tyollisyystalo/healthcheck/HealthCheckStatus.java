package fi.tyollisyystalo.healthcheck;

/** A health check is answered as a DRAFT (saved on every step) until the resident submits it. */
public enum HealthCheckStatus {
    DRAFT, SUBMITTED
}
