/**
 * The scoring engine: one plain Java class per instrument with its published scoring table and
 * cut-offs; each is an {@link fi.tyollisyystalo.healthcheck.internal.scoring.Instrument} that reads its
 * own items and returns its score with the flags it raises.
 * {@link fi.tyollisyystalo.healthcheck.internal.scoring.HealthCheckScorer} runs them all over a
 * questionnaire's answers, then applies the rules across instruments (weak domains, the coordinator).
 * No Spring, no database: every rule is unit-tested against published vectors.
 */
@NullMarked
package fi.tyollisyystalo.healthcheck.internal.scoring;

import org.jspecify.annotations.NullMarked;
