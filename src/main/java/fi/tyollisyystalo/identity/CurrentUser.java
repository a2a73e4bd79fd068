package fi.tyollisyystalo.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.audit.Actor;
import fi.tyollisyystalo.base.security.PersonPrincipal;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.security.SystemActor;

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
        Long personId = oidc instanceof PersonPrincipal pp ? pp.personId() : null;
        return Optional.of(new SignedInUser(oidc.getSubject(), name, roles, personId));
    }

    /** The signed-in resident's person id; fails for anyone else. */
    public long requirePersonId() {
        return get().map(SignedInUser::personId).orElseThrow(
                () -> new AccessDeniedException("A signed-in resident is required"));
    }

    /** The signed-in user as the actor of an audit record. */
    public Actor auditActor() {
        if (SystemActor.isActive()) {
            return new Actor(Actor.Type.SYSTEM, SystemActor.NAME, SystemActor.NAME, Roles.SYSTEM);
        }
        SignedInUser user = get().orElseThrow(() -> new AccessDeniedException("Sign-in required"));
        if (user.isResident()) {
            return new Actor(Actor.Type.RESIDENT, String.valueOf(user.personId()), user.displayName(), Roles.RESIDENT);
        }
        String role = user.roles().stream().filter(Roles.STAFF_ROLES::contains).findFirst().orElse("STAFF");
        return new Actor(Actor.Type.STAFF, user.subject(), user.displayName(), role);
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
    public record SignedInUser(String subject, String displayName, List<String> roles, @Nullable Long personId) {

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
