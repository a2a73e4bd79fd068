package fi.tyollisyystalo.servicemap.ui;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.HomeCard;
import fi.tyollisyystalo.base.ui.NavEntry;

/** The service map's links in both navigations and its card on the front page. */
@Configuration(proxyBeanMethods = false)
class ServiceMapNavigation {

    @Bean
    NavEntry serviceMapNavEntry() {
        return new NavEntry(NavEntry.Area.RESIDENT, 10, "nav.servicemap", ServiceMapView.class, List.of());
    }

    @Bean
    HomeCard serviceMapHomeCard() {
        return HomeCard.of(NavEntry.Area.RESIDENT, 10, "servicemap", ServiceMapView.class);
    }

    @Bean
    NavEntry serviceListNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 20, "staff.nav.servicelist", ServiceListView.class, List.of());
    }

    @Bean
    NavEntry serviceEditorNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 30, "staff.nav.services", ServiceEditorListView.class,
                List.of(Roles.SERVICE_EDITOR));
    }

    @Bean
    NavEntry organisationEditorNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 31, "editor.org.title", OrganisationEditorView.class,
                List.of(Roles.SERVICE_EDITOR));
    }

    @Bean
    NavEntry ptvImportNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 32, "ptv.title", PtvImportView.class, List.of(Roles.SERVICE_EDITOR));
    }

    @Bean
    NavEntry searchIndexNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 90, "staff.nav.searchindex", SearchIndexView.class,
                List.of(Roles.ADMIN));
    }
}
