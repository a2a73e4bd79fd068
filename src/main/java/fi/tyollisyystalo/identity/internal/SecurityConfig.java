package fi.tyollisyystalo.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Web security: OIDC login for residents ({@code suomifi}) and staff ({@code staff}), Vaadin's
 * navigation access control for views, and method security for services.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, OidcUserMapper userMapper) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/images/**", "/themes/**", "/error", "/error/**").permitAll());
        http.oauth2Login(login -> login
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userMapper))
                .loginPage("/login")
                .failureUrl("/login?error"));
        // Views are guarded by Vaadin's navigation access control (their @RolesAllowed etc.), so an
        // unknown address shows our "not found" page instead of a log-in redirect. Any endpoint that
        // is not a Vaadin view must get its own rule above.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage("/login", "{baseUrl}")
                .anyRequest(any -> any.permitAll()));
        return http.build();
    }
}
