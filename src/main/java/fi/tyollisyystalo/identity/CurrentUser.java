package fi.tyollisyystalo.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for services and views. Reads the Spring Security context of the current
 * request; never holds state of its own.
 */
@Component
public class CurrentUser {

    /** The signed-in user, or empty for an anonymous visitor. */
    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || !(auth.getPrincipal() instanceof OidcUser oidc)) {
            return Optional.empty();
        }
        List<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList();
        String name = oidc.getFullName() != null ? oidc.getFullName()
                : String.join(" ", nonNull(oidc.getGivenName()), nonNull(oidc.getFamilyName())).trim();
        return Optional.of(new SignedInUser(oidc.getSubject(), name, roles));
    }

    public boolean isResident() {
        return get().map(SignedInUser::isResident).orElse(false);
    }

    public boolean isStaff() {
        return get().map(SignedInUser::isStaff).orElse(false);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** A signed-in person: a resident or a staff member with one or more roles. */
    public record SignedInUser(String subject, String displayName, List<String> roles) {

        public boolean isResident() {
            return roles.contains(Roles.RESIDENT);
        }

        public boolean isStaff() {
            return roles.stream().anyMatch(Roles.STAFF_ROLES::contains);
        }

        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }
}
