package fi.tyollisyystalo.identity;

import org.jspecify.annotations.Nullable;

/** A resident's change to their contact details; e-mail or phone for notifications need consent. */
public record ProfileUpdate(String preferredLanguage, @Nullable String email, @Nullable String phone,
        boolean notificationConsent) {
}
