package fi.tyollisyystalo.servicemap.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.ui.NavEntry;

@Configuration
class ServiceMapNavigation {

    @Bean
    NavEntry serviceMapNavEntry() {
        return new NavEntry(NavEntry.Area.RESIDENT, 10, "nav.servicemap", "services", List.of());
    }
}
