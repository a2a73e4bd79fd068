package fi.tyollisyystalo.statistics.ui;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NavEntry;

/** The statistics' link in the staff navigation, for managers and administrators. */
@Configuration(proxyBeanMethods = false)
class StatisticsNavigation {

    @Bean
    NavEntry statisticsNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 85, "staff.nav.statistics", StatisticsView.class,
                List.of(Roles.MANAGER, Roles.ADMIN));
    }
}
