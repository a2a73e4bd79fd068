package fi.tyollisyystalo.healthcheck.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.HomeCard;
import fi.tyollisyystalo.base.ui.NavEntry;

/** The health check's links in both navigations and its card on the front page. */
@Configuration(proxyBeanMethods = false)
class HealthCheckNavigation {

    @Bean
    NavEntry healthCheckNavEntry() {
        return new NavEntry(NavEntry.Area.RESIDENT, 20, "nav.healthcheck", HealthCheckStartView.class, List.of());
    }

    @Bean
    HomeCard healthCheckHomeCard() {
        return HomeCard.of(NavEntry.Area.RESIDENT, 20, "healthcheck", HealthCheckStartView.class);
    }

    @Bean
    NavEntry sharedHealthChecksNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 15, "staff.nav.healthchecks", SharedHealthChecksView.class,
                Roles.CLIENT_WORK_ROLES);
    }
}
