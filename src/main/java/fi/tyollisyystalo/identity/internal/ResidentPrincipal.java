package fi.tyollisyystalo.identity.internal;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.security.PersonPrincipal;

/**
 * A signed-in resident: the OIDC user plus our person id. The personal identity code is not kept
 * in the principal (it would travel in the session); services read it from the encrypted record.
 */
public class ResidentPrincipal extends DefaultOidcUser implements PersonPrincipal {

    private final long personId;
    private final String displayName;

    ResidentPrincipal(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo, long personId, String displayName) {
        super(authorities, idToken, userInfo, "sub");
        this.personId = personId;
        this.displayName = displayName;
    }

    @Override
    public long personId() {
        return personId;
    }

    @Override
    public String getFullName() {
        return displayName;
    }
}
