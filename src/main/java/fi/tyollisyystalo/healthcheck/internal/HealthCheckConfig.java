package fi.tyollisyystalo.healthcheck.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(HealthCheckProperties.class)
class HealthCheckConfig {
}
