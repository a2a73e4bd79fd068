package fi.tyollisyystalo.referral.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NavEntry;

@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

    @Bean
    NavEntry contactRequestsNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 12, "staff.nav.contactrequests", "staff/contact-requests",
                Roles.CLIENT_WORK_ROLES);
    }
}
