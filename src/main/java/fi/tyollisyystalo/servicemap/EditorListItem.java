package fi.tyollisyystalo.servicemap;

import java.time.Instant;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/** A row of the editor's service list; {@code ptvChangeWaiting}: a change from PTV waits for review. */
public record EditorListItem(long id, LocalizedText name, LocalizedText organisationName, PublishingStatus status,
        boolean translatedSv, boolean translatedEn, Instant updatedAt, boolean ptvChangeWaiting) {

    EditorListItem withPtvChangeWaiting(boolean waiting) {
        return new EditorListItem(id, name, organisationName, status, translatedSv, translatedEn, updatedAt, waiting);
    }
}
