package fi.tyollisyystalo.messaging;

/** A file as it was uploaded: the name the browser gave and the bytes, neither trusted yet. */
public record NewAttachment(String fileName, byte[] bytes) {
}
