/** Persistence, definition loading, validation and scoring of health checks; used through {@link fi.tyollisyystalo.healthcheck.ResidentHealthChecks}, {@link fi.tyollisyystalo.healthcheck.HealthCheckSharing} and {@link fi.tyollisyystalo.healthcheck.HealthCheckRecommendations}. */
@NullMarked
package fi.tyollisyystalo.healthcheck.internal;

import org.jspecify.annotations.NullMarked;
