package fi.tyollisyystalo.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import fi.tyollisyystalo.base.security.ContentSecurityPolicy;

/**
 * Web security: OIDC login for residents ({@code suomifi}) and staff ({@code staff}), Vaadin's
 * navigation access control for views, and method security for services.
 * <p>
 * Services are guarded by {@code @PreAuthorize} (DD003). The JSR-250 annotations ({@code @RolesAllowed},
 * {@code @PermitAll}) are the views' and are read by Vaadin's navigation access control, so JSR-250 method
 * security stays off: with it on, Spring wrapped every such view in a proxy, and working out the proxy's
 * advice scanned all the methods of the view's class hierarchy again at every navigation (issue #14, about a
 * tenth of the server's CPU under load). {@code RouteAccessMatrixTest} keeps JSR-250 annotations on views, and
 * {@code ViewProxyIT} keeps views unproxied.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(IdentityProperties.class)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, OidcUserMapper userMapper,
            @Value("${tyollisyystalo.security.extra-img-src:}") String extraImgSrc) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/images/**", "/themes/**", "/error", "/error/**", "/session-expired").permitAll()
                // the open read API of published services: no personal data, rate-limited
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/**").permitAll());
        http.headers(headers -> headers
                // a fresh script nonce per request (ContentSecurityPolicy, DD006)
                .addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                        ContentSecurityPolicy.policy(request, extraImgSrc)))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        http.oauth2Login(login -> login
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userMapper))
                .loginPage("/login")
                .failureUrl("/login?error"));
        // Views are guarded by Vaadin's navigation access control (their @RolesAllowed etc.), so an
        // unknown address shows our "not found" page instead of a log-in redirect. Any endpoint that
        // is not a Vaadin view must get its own rule above.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage("/login", "{baseUrl}")
                // a login without a saved page lands on My page or the staff desk (identity.ui.SignedInView)
                .defaultSuccessUrl("/signed-in")
                .anyRequest(any -> any.permitAll()));
        return http.build();
    }
}
