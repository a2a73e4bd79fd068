package fi.tyollisyystalo.base.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in UTC. Every service takes it by injection, so a test can fix
 * the time (a {@code @Primary} or replacing {@link Clock} bean) and nothing asks the system for it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
