package fi.tyollisyystalo.base.ui;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(Organisation.class)
class BaseConfig {

    @Bean
    NavEntry homeNavEntry() {
        return new NavEntry(NavEntry.Area.RESIDENT, 0, "nav.home", HomeView.class, List.of());
    }
}
