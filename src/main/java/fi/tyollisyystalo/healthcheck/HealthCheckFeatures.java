package fi.tyollisyystalo.healthcheck;

import java.util.Set;

import org.springframework.stereotype.Component;

import fi.tyollisyystalo.healthcheck.internal.HealthCheckProperties;

/**
 * The health check's switches for optional sections ({@code tyollisyystalo.health-check.features}), for other
 * forms that ask the same measures behind the same switch (the follow-up's outcome questionnaire asks 3X10D only
 * while the health check does).
 */
@Component
public class HealthCheckFeatures {

    /** 3X10D (Diak), off unless a county has agreed its licence for this use. */
    public static final String LIFE_SITUATION_3X10D = "life-situation-3x10d";

    private final HealthCheckProperties properties;

    HealthCheckFeatures(HealthCheckProperties properties) {
        this.properties = properties;
    }

    /** The switches that are on. */
    public Set<String> on() {
        return properties.features();
    }
}
