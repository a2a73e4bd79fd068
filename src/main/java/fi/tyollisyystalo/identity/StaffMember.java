package fi.tyollisyystalo.identity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/**
 * A staff member in the directory, as their identity provider described them at their last login.
 *
 * @param subject  the IdP's stable id of the person (also the audit actor id)
 * @param teamName the team's name, or the IdP's team code when the team is not registered; null if none
 */
public record StaffMember(String subject, String displayName, @Nullable String email, List<String> roles,
        @Nullable String teamCode, @Nullable LocalizedText teamName, Instant lastLoginAt) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
