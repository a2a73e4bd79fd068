package fi.tyollisyystalo.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Claim names and assurance level, so that switching between the dev provider, Suomi.fi OIDC and an
 * FTN broker needs configuration only (DOMAIN.md: personal_identity_code, hetu, urn:oid:1.2.246.21).
 */
@ConfigurationProperties(prefix = "tyollisyystalo.identity")
public record IdentityProperties(@DefaultValue Resident resident, @DefaultValue Staff staff) {

    public record Resident(@DefaultValue("hetu") String hetuClaim, @DefaultValue("given_name") String givenNameClaim,
            @DefaultValue("family_name") String familyNameClaim, @DefaultValue("") String requiredAcr) {
    }

    /** {@code teamClaim}: the claim naming the staff member's team or unit (a code), empty if none. */
    public record Staff(@DefaultValue("roles") String rolesClaim, @DefaultValue("team") String teamClaim) {
    }
}
