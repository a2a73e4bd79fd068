package fi.tyollisyystalo.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.identity.Roles;

/**
 * Turns an OIDC login into our user: residents (registration {@code suomifi}) get the RESIDENT role,
 * staff (registration {@code staff}) get the known roles found in the configured roles claim.
 */
@Component
class OidcUserMapper implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String RESIDENT_REGISTRATION = "suomifi";
    static final String STAFF_REGISTRATION = "staff";

    private final OidcUserService delegate = new OidcUserService();
    private final String rolesClaim;

    OidcUserMapper(@Value("${tyollisyystalo.identity.staff.roles-claim:roles}") String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        switch (registration) {
            case RESIDENT_REGISTRATION -> authorities.add(role(Roles.RESIDENT));
            case STAFF_REGISTRATION -> {
                List<String> roles = staffRoles(user.getClaims().get(rolesClaim));
                if (roles.isEmpty()) {
                    throw new OAuth2AuthenticationException(new OAuth2Error("no_staff_role"));
                }
                roles.forEach(r -> authorities.add(role(r)));
            }
            default -> throw new OAuth2AuthenticationException(new OAuth2Error("unknown_registration"));
        }
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
    }

    static List<String> staffRoles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> c ? c
                : claim instanceof String s ? List.of((Object[]) s.split("[ ,]+")) : List.of();
        Set<String> known = Set.copyOf(Roles.STAFF_ROLES);
        return values.stream().map(String::valueOf).map(String::trim).filter(known::contains).distinct().toList();
    }

    private static GrantedAuthority role(String role) {
        return new SimpleGrantedAuthority("ROLE_" + role);
    }
}
