package fi.tyollisyystalo.servicemap;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/** A whole service for its own page. Internal fields are null unless the viewer is a professional. */
public record ServiceDetails(long id, String key, @Nullable String ptvId, LocalizedText organisationName,
        OrganisationType organisationType, @Nullable String organisationWebsite, PublishingStatus status,
        ServiceData data, Instant updatedAt) {
}
