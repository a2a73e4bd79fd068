package fi.tyollisyystalo.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import fi.tyollisyystalo.identity.Hetu;

/**
 * Signs a resident or staff member in for service-level tests, with the same principal types the
 * OIDC login produces. Residents are registered through the real {@link PersonRegistry}.
 */
public final class TestLogins {

    private TestLogins() {
    }

    /**
     * Makes the static holder use the application context's own strategy again. Vaadin replaces the
     * global strategy whenever another application context starts in the same JVM (a test with other
     * properties), while method security keeps the strategy of its own context.
     */
    public static void useStrategyOf(ApplicationContext context) {
        context.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    public static long resident(ApplicationContext context, String hetu, String given, String family) {
        useStrategyOf(context);
        Person p = context.getBean(PersonRegistry.class).residentLoggedIn(Hetu.parse(hetu), given, family, "fi");
        var token = idToken("resident-" + p.id());
        var principal = new ResidentPrincipal(List.of(new SimpleGrantedAuthority("ROLE_RESIDENT")), token, null,
                p.id(), given + " " + family);
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "suomifi"));
        return p.id();
    }

    public static void staff(String subject, String name, String... roles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String r : roles) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + r));
        }
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(600),
                Map.of("sub", subject, "name", name));
        var principal = new DefaultOidcUser(authorities, token, "sub");
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(principal, authorities, "staff"));
    }

    /** Puts a staff member in the directory as their first login would (name, roles, team). */
    public static void staffInDirectory(ApplicationContext context, String subject, String name,
            @org.jspecify.annotations.Nullable String team, String... roles) {
        context.getBean(StaffRegistry.class).staffLoggedIn(subject, name, null, List.of(roles), team);
    }

    public static void anonymous() {
        SecurityContextHolder.clearContext();
    }

    private static OidcIdToken idToken(String subject) {
        return new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(600), Map.of("sub", subject));
    }
}
