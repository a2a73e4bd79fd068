package fi.tyollisyystalo.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Small real pictures for tests outside this package (the browser journey uploads one). */
public final class AttachmentFilterTestImages {

    private AttachmentFilterTestImages() {
    }

    public static byte[] png() {
        try {
            return AttachmentFilterTest.png();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
