package fi.tyollisyystalo.identity.ui;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.HomeCard;
import fi.tyollisyystalo.base.ui.NavEntry;

/** Identity's links in the navigations and its card on the front page. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavEntry myPageNavEntry() {
        return new NavEntry(NavEntry.Area.RESIDENT, 90, "nav.mypage", MyPageView.class, List.of(Roles.RESIDENT));
    }

    @Bean
    NavEntry staffHomeNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 0, "staff.nav.home", StaffHomeView.class, List.of());
    }

    @Bean
    NavEntry clientSearchNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 10, "staff.nav.clients", ClientSearchView.class,
                Roles.CLIENT_WORK_ROLES);
    }

    /** Shown to every visitor: a visitor who is not signed in is asked to log in first. */
    @Bean
    HomeCard myPageHomeCard() {
        return HomeCard.of(NavEntry.Area.RESIDENT, 50, "mypage", MyPageView.class);
    }
}
