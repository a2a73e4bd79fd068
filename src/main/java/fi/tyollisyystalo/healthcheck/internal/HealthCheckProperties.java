package fi.tyollisyystalo.healthcheck.internal;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the health check.
 *
 * @param features switches for optional sections, e.g. {@code life-situation-3x10d} (3X10D, whose
 *                 licence is unverified: off unless a county has agreed its use)
 */
@ConfigurationProperties("tyollisyystalo.health-check")
public record HealthCheckProperties(Set<String> features) {

    public HealthCheckProperties {
        features = features == null ? Set.of() : Set.copyOf(features);
    }
}
