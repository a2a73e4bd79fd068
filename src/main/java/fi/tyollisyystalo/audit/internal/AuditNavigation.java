package fi.tyollisyystalo.audit.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NavEntry;

@Configuration
class AuditNavigation {

    @Bean
    NavEntry auditNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 80, "staff.nav.audit", "staff/audit", List.of(Roles.ADMIN));
    }
}
