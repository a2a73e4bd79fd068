package fi.tyollisyystalo.servicemap;

import java.time.Instant;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/** A row of the editor's service list. */
public record EditorListItem(long id, LocalizedText name, LocalizedText organisationName, PublishingStatus status,
        boolean translatedSv, boolean translatedEn, Instant updatedAt) {
}
