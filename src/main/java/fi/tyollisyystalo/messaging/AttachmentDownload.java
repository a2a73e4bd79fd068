package fi.tyollisyystalo.messaging;

/** A file to download: its neutralised name, the media type recognised from its content, and the bytes. */
public record AttachmentDownload(String fileName, String mediaType, byte[] bytes) {
}
