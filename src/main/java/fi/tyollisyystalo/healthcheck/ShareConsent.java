package fi.tyollisyystalo.healthcheck;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Whether one health check result is shared with the work-ability team, since when, by which text. */
public record ShareConsent(boolean active, @Nullable Instant givenAt, @Nullable String version) {

    public static final ShareConsent NONE = new ShareConsent(false, null, null);
}
