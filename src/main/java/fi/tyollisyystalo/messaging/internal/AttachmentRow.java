package fi.tyollisyystalo.messaging.internal;

/** An attachment without its bytes, for listing a thread. */
public record AttachmentRow(long id, long messageId, String fileName, String mediaType, long sizeBytes) {
}
