package fi.tyollisyystalo.identity.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.ui.NavEntry;
import fi.tyollisyystalo.base.security.Roles;

@Configuration
class IdentityNavigation {

    @Bean
    NavEntry myPageNavEntry() {
        return new NavEntry(NavEntry.Area.RESIDENT, 90, "nav.mypage", "my-page", List.of(Roles.RESIDENT));
    }

    @Bean
    NavEntry staffHomeNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 0, "staff.nav.home", "staff", List.of());
    }

    @Bean
    NavEntry clientSearchNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 10, "staff.nav.clients", "staff/clients", Roles.CLIENT_WORK_ROLES);
    }
}
