package fi.tyollisyystalo.casework.ui;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NavEntry;

/**
 * The plan in the resident's navigation; the cases, a partner's shared plans and the manager's evaluations in the
 * staff navigation.
 */
@Configuration(proxyBeanMethods = false)
class CaseNavigation {

    @Bean
    NavEntry myPlanNavEntry() {
        return new NavEntry(NavEntry.Area.RESIDENT, 47, "nav.my-plan", MyPlanView.class, List.of(Roles.RESIDENT));
    }

    @Bean
    NavEntry casesNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 13, "staff.nav.cases", CasesView.class, Roles.CLIENT_WORK_ROLES);
    }

    @Bean
    NavEntry sharedCasesNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 14, "staff.nav.shared", SharedCasesView.class,
                List.of(Roles.PROFESSIONAL));
    }

    @Bean
    NavEntry teamEvaluationsNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 15, "staff.nav.team-evaluations", TeamEvaluationsView.class,
                List.of(Roles.MANAGER));
    }
}
