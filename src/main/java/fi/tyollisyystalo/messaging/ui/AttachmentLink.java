package fi.tyollisyystalo.messaging.ui;

import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadHandler;

import fi.tyollisyystalo.messaging.AttachmentDownload;
import fi.tyollisyystalo.messaging.AttachmentInfo;
import fi.tyollisyystalo.messaging.MessageNotFoundException;

/**
 * A link that downloads one attachment. Every request asks the service again (the resident's own thread
 * or client-work staff; the read is audited there), and the file always comes as a download
 * ({@code Content-Disposition: attachment} with an RFC 5987 {@code filename*}) that the browser may not
 * sniff into something else, as the PDFs of the health check and the service list are served.
 */
final class AttachmentLink {

    private AttachmentLink() {
    }

    static Anchor of(AttachmentInfo info, LongFunction<AttachmentDownload> fetch, String sizeText) {
        long id = info.id();
        DownloadHandler handler = event -> {
            VaadinResponse response = event.getResponse();
            AttachmentDownload file;
            try {
                file = fetch.apply(id);
            } catch (MessageNotFoundException | AccessDeniedException e) {
                response.setStatus(404);
                return;
            }
            response.setContentType(file.mediaType());
            response.setHeader("Content-Disposition", contentDisposition(file.fileName()));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLengthLong(file.bytes().length);
            event.getOutputStream().write(file.bytes());
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, info.fileName() + " (" + sizeText + ")");
        link.addClassName("tt-msg__file");
        link.getElement().setAttribute("data-attachment", String.valueOf(id));
        return link;
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266, RFC 5987). */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\'
                ? (char) cp : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** A size as people read it: "340 kt", "2,4 Mt" in Finnish. */
    static String size(long bytes, java.util.Locale locale, java.util.function.BiFunction<String, Object[], String> t) {
        if (bytes < 1024 * 1024) {
            return t.apply("messages.size.kb", new Object[] {Math.max(1, Math.round(bytes / 1024.0))});
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        return t.apply("messages.size.mb", new Object[] {f.format(bytes / (1024.0 * 1024.0))});
    }
}
