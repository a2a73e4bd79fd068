package fi.tyollisyystalo.healthcheck.internal;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NavEntry;

@Configuration
@EnableConfigurationProperties(HealthCheckProperties.class)
class HealthCheckConfig {

    @Bean
    NavEntry healthCheckNavEntry() {
        return new NavEntry(NavEntry.Area.RESIDENT, 20, "nav.healthcheck", "health-check", List.of());
    }

    @Bean
    NavEntry sharedHealthChecksNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 15, "staff.nav.healthchecks", "staff/health-checks",
                Roles.CLIENT_WORK_ROLES);
    }
}
