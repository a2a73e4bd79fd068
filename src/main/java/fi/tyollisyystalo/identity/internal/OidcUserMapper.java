package fi.tyollisyystalo.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.InvalidHetuException;

/**
 * Turns an OIDC login into our user. Residents (registration {@code suomifi}) must bring a valid
 * personal identity code in the configured claim and, when configured, the required assurance
 * level; they get the RESIDENT role and a person record. Staff (registration {@code staff}) get the
 * known roles found in the configured roles claim, and no role means no entry.
 */
@Component
class OidcUserMapper implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String RESIDENT_REGISTRATION = "suomifi";
    static final String STAFF_REGISTRATION = "staff";
    private static final Logger log = LoggerFactory.getLogger(OidcUserMapper.class);

    private final OidcUserService delegate = new OidcUserService();
    private final IdentityProperties properties;
    private final PersonRegistry registry;
    private final StaffRegistry staffRegistry;

    OidcUserMapper(IdentityProperties properties, PersonRegistry registry, StaffRegistry staffRegistry) {
        this.properties = properties;
        this.registry = registry;
        this.staffRegistry = staffRegistry;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        return switch (request.getClientRegistration().getRegistrationId()) {
            case RESIDENT_REGISTRATION -> resident(user);
            case STAFF_REGISTRATION -> staff(user);
            default -> throw failure("unknown_registration");
        };
    }

    private OidcUser resident(OidcUser user) {
        var claims = properties.resident();
        String acr = user.getIdToken().getClaimAsString("acr");
        if (!claims.requiredAcr().isBlank() && !claims.requiredAcr().equals(acr)) {
            log.warn("Resident login refused: assurance level {} is not {}", acr, claims.requiredAcr());
            throw failure("insufficient_assurance");
        }
        Object raw = user.getClaims().get(claims.hetuClaim());
        Hetu hetu;
        try {
            hetu = Hetu.parse(raw == null ? "" : raw.toString());
        } catch (InvalidHetuException e) {
            log.warn("Resident login refused: claim {} is missing or not a valid personal identity code ({})",
                    claims.hetuClaim(), e.reason());
            throw failure("invalid_hetu");
        }
        String given = text(user.getClaims().get(claims.givenNameClaim()));
        String family = text(user.getClaims().get(claims.familyNameClaim()));
        String locale = text(user.getClaims().get("locale"));
        Person person = registry.residentLoggedIn(hetu, given, family, locale);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(role(Roles.RESIDENT));
        return new ResidentPrincipal(authorities, withoutClaim(user.getIdToken(), claims.hetuClaim()),
                withoutClaim(user.getUserInfo(), claims.hetuClaim()), person.id(), (given + " " + family).trim());
    }

    private OidcUser staff(OidcUser user) {
        List<String> roles = staffRoles(user.getClaims().get(properties.staff().rolesClaim()));
        if (roles.isEmpty()) {
            log.warn("Staff login refused: no known role in claim {}", properties.staff().rolesClaim());
            throw failure("no_staff_role");
        }
        String name = user.getFullName() != null ? user.getFullName()
                : (text(user.getGivenName()) + " " + text(user.getFamilyName())).strip();
        staffRegistry.staffLoggedIn(user.getSubject(), name, user.getEmail(), roles,
                text(user.getClaims().get(properties.staff().teamClaim())));
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        roles.forEach(r -> authorities.add(role(r)));
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
    }

    static List<String> staffRoles(@Nullable Object claim) {
        Collection<?> values = claim instanceof Collection<?> c ? c
                : claim instanceof String s ? List.of((Object[]) s.split("[ ,]+")) : List.of();
        Set<String> known = Set.copyOf(Roles.STAFF_ROLES);
        return values.stream().map(String::valueOf).map(String::trim).filter(known::contains).distinct().toList();
    }

    /** The personal identity code is not kept in the session's copy of the token claims. */
    private static OidcIdToken withoutClaim(OidcIdToken token, String claim) {
        Map<String, Object> claims = new HashMap<>(token.getClaims());
        claims.remove(claim);
        return new OidcIdToken(token.getTokenValue(), token.getIssuedAt(), token.getExpiresAt(), claims);
    }

    private static OidcUserInfo withoutClaim(OidcUserInfo info, String claim) {
        if (info == null) {
            return null;
        }
        Map<String, Object> claims = new HashMap<>(info.getClaims());
        claims.remove(claim);
        return new OidcUserInfo(claims);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static GrantedAuthority role(String role) {
        return new SimpleGrantedAuthority("ROLE_" + role);
    }

    private static OAuth2AuthenticationException failure(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code));
    }
}
