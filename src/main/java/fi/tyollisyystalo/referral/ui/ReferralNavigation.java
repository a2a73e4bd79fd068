package fi.tyollisyystalo.referral.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.HomeCard;
import fi.tyollisyystalo.base.ui.NavEntry;

/** Referral's link in the staff navigation and its card on the front page. */
@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

    @Bean
    NavEntry contactRequestsNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 12, "staff.nav.contactrequests", ContactRequestsView.class,
                Roles.CLIENT_WORK_ROLES);
    }

    @Bean
    NavEntry professionalRequestsNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 13, "staff.nav.professionalrequests", ProfessionalRequestsView.class,
                Roles.CLIENT_WORK_ROLES);
    }

    @Bean
    NavEntry referNavEntry() {
        java.util.List<String> roles = new java.util.ArrayList<>(Roles.CLIENT_WORK_ROLES);
        roles.add(Roles.PROFESSIONAL);
        return new NavEntry(NavEntry.Area.STAFF, 14, "staff.nav.refer", ReferOrConsultView.class, roles);
    }

    /** Contacting the coordinator directly, without a referral: the contact form. */
    @Bean
    HomeCard coordinatorHomeCard() {
        return HomeCard.of(NavEntry.Area.RESIDENT, 30, "coordinator", ContactStartView.class);
    }
}
