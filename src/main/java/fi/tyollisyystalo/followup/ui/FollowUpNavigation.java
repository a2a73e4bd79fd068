package fi.tyollisyystalo.followup.ui;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NavEntry;

/** The stakeholder survey's link in the staff navigation, for managers. */
@Configuration(proxyBeanMethods = false)
class FollowUpNavigation {

    @Bean
    NavEntry stakeholderSurveyNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 84, "staff.nav.stakeholder", StakeholderRoundsView.class,
                List.of(Roles.MANAGER));
    }
}
