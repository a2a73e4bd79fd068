package fi.tyollisyystalo.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import fi.tyollisyystalo.IntegrationTest;

/**
 * Spring Security's observations are off (application.properties, issue #14: their cost under load, and no
 * endpoint shows them); the HTTP requests are still observed.
 */
@IntegrationTest
class ObservationSettingsIT {

    @Autowired ObservationRegistry registry;

    @Test
    void security_observations_are_off_and_request_observations_on() {
        Observation security = Observation.start("spring.security.filterchains", registry);
        Observation requests = Observation.start("http.server.requests", registry);
        try {
            assertThat(security.isNoop()).isTrue();
            assertThat(requests.isNoop()).isFalse();
        } finally {
            security.stop();
            requests.stop();
        }
    }
}
