package fi.tyollisyystalo.servicemap.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NavEntry;

@Configuration
class EditorNavigation {

    @Bean
    NavEntry serviceEditorNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 30, "staff.nav.services", "staff/services",
                List.of(Roles.SERVICE_EDITOR));
    }

    @Bean
    NavEntry organisationEditorNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 31, "editor.org.title", "staff/organisations",
                List.of(Roles.SERVICE_EDITOR));
    }

    @Bean
    NavEntry ptvImportNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 32, "ptv.title", "staff/ptv-import", List.of(Roles.SERVICE_EDITOR));
    }

    @Bean
    NavEntry serviceListNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 20, "staff.nav.servicelist", "staff/service-list", List.of());
    }

    @Bean
    NavEntry searchIndexNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 90, "staff.nav.searchindex", "staff/search-index",
                List.of(Roles.ADMIN));
    }
}
