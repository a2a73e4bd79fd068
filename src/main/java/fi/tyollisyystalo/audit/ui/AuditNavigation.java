package fi.tyollisyystalo.audit.ui;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NavEntry;

/** The audit module's link in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavEntry auditNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 80, "staff.nav.audit", AuditSearchView.class, List.of(Roles.ADMIN));
    }
}
