/** Persistence, definition loading, validation and scoring of health checks; used through {@link fi.tyollisyystalo.healthcheck.HealthCheckService}. */
@NullMarked
package fi.tyollisyystalo.healthcheck.internal;

import org.jspecify.annotations.NullMarked;
