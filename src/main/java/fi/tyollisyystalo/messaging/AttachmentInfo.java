package fi.tyollisyystalo.messaging;

/** A file sent with a message, as a list shows it (the bytes are fetched only for a download). */
public record AttachmentInfo(long id, String fileName, String mediaType, long sizeBytes) {
}
