package fi.tyollisyystalo.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What a resident sees of themself on My page; the personal identity code is shown in full only here. */
public record MyProfile(String givenName, String familyName, String hetu, int age, String preferredLanguage,
        @Nullable String email, @Nullable String phone, @Nullable Instant notificationConsentAt) {
}
