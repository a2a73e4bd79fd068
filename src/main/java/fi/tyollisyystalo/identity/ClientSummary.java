package fi.tyollisyystalo.identity;

import org.jspecify.annotations.Nullable;

/** What a staff member with a client-work role sees of a client: the identity code masked. */
public record ClientSummary(long personId, String givenName, String familyName, String maskedHetu, int age,
        String preferredLanguage, @Nullable String email, @Nullable String phone) {
}
