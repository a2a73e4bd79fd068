/**
 * The scoring engine: one plain Java class per instrument with its published scoring table and
 * cut-offs, and {@link fi.tyollisyystalo.healthcheck.internal.scoring.HealthCheckScorer} that turns a
 * questionnaire's answers into a result. No Spring, no database: every rule is unit-tested against
 * published vectors.
 */
@NullMarked
package fi.tyollisyystalo.healthcheck.internal.scoring;

import org.jspecify.annotations.NullMarked;
