package fi.tyollisyystalo.messaging;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an uploaded file may be sent, from its bytes only: PDF, JPEG and PNG are recognised by
 * their signatures (magic bytes); the name and the browser's media type are never believed. A PNG named
 * {@code .pdf} is therefore accepted as the PNG it is, and gets the {@code .png} extension. SVG, HTML and
 * everything else is refused. JPEG loses its APP1 (EXIF with GPS, XMP), APP13 (IPTC) and comment
 * segments; PNG loses its eXIf, text (tEXt, zTXt, iTXt) and tIME chunks. PDF is kept as it is. The file
 * name is neutralised ({@link #safeName}). Plain Java, no state.
 */
public final class AttachmentFilter {

    /** Default largest file, 10 MB ({@code tyollisyystalo.messaging.attachment-max-bytes}). */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** Longest name kept before the extension, in characters. */
    static final int NAME_MAX = 80;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    /** A file type we accept, with the extension its name gets. */
    public enum Kind {
        PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

        private final String mediaType;
        private final String extension;

        Kind(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    /** A file that passed: the neutral name, the recognised type and the bytes without metadata. */
    public record Cleaned(String fileName, Kind kind, byte[] bytes) {
    }

    private AttachmentFilter() {
    }

    /**
     * Checks and cleans an upload. Throws {@link MessageRejected} (field ATTACHMENT) with reason EMPTY,
     * TOO_LARGE, TYPE (not a PDF, JPEG or PNG) or DAMAGED (the signature is right but the structure is not).
     */
    public static Cleaned clean(String fileName, byte[] bytes, long maxBytes) {
        if (bytes.length == 0) {
            throw new MessageRejected(MessageRejected.Field.ATTACHMENT, "EMPTY");
        }
        if (bytes.length > maxBytes) {
            throw new MessageRejected(MessageRejected.Field.ATTACHMENT, "TOO_LARGE");
        }
        Kind kind = detect(bytes).orElseThrow(() -> new MessageRejected(MessageRejected.Field.ATTACHMENT, "TYPE"));
        byte[] cleaned = switch (kind) {
            case JPEG -> stripJpeg(bytes);
            case PNG -> stripPng(bytes);
            case PDF -> bytes;
        };
        return new Cleaned(safeName(fileName, kind), kind, cleaned);
    }

    /** The type the content says, or empty for anything we do not accept. */
    public static Optional<Kind> detect(byte[] b) {
        if (startsWith(b, PDF)) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(b, PNG)) {
            return Optional.of(Kind.PNG);
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        return Optional.empty();
    }

    /**
     * A name that is safe to show and to save: only the last path part, no control or format characters
     * (Unicode bidi overrides and isolates included, so {@code "\u202Efdp.exe"} cannot pose as a PDF), no
     * characters that file systems refuse, at most {@value #NAME_MAX} characters, and always the
     * extension of the type the content is.
     */
    public static String safeName(String raw, Kind kind) {
        String name = raw;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (invisible || "<>:\"|?*".indexOf(cp) >= 0) {
                return;
            }
            kept.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
        });
        String base = kept.toString().strip();
        int dot = base.lastIndexOf('.');
        if (dot >= 0) {
            base = base.substring(0, dot);
        }
        // no hidden files, no second extension that a file manager might believe
        base = base.replace('.', '_').replaceAll(" {2,}", " ").strip();
        if (base.codePointCount(0, base.length()) > NAME_MAX) {
            base = base.substring(0, base.offsetByCodePoints(0, NAME_MAX)).strip();
        }
        if (base.isEmpty()) {
            base = "attachment";
        }
        return base + "." + kind.extension();
    }

    /** JPEG without APP1 (EXIF, XMP), APP13 (IPTC) and COM segments; everything else byte for byte. */
    static byte[] stripJpeg(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        while (i < b.length) {
            if (i + 1 >= b.length || (b[i] & 0xFF) != 0xFF) {
                throw damaged();
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                // end of image, or start of scan: the compressed data (with its own markers) follows as it is
                out.write(b, i, b.length - i);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(b, i, 2);
                i += 2;
                continue;
            }
            if (i + 3 >= b.length) {
                throw damaged();
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > b.length) {
                throw damaged();
            }
            boolean metadata = marker == 0xE1 || marker == 0xED || marker == 0xFE;
            if (!metadata) {
                out.write(b, i, 2 + length);
            }
            i += 2 + length;
        }
        throw damaged();
    }

    /** PNG without eXIf, text and time chunks; the image chunks byte for byte, up to IEND. */
    static byte[] stripPng(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, PNG.length);
        int i = PNG.length;
        while (i + 12 <= b.length) {
            long length = ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8)
                    | (b[i + 3] & 0xFF);
            if (length > b.length - i - 12L) {
                throw damaged();
            }
            String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int total = 12 + (int) length;
            if (!PNG_METADATA.contains(type)) {
                out.write(b, i, total);
            }
            i += total;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw damaged();
    }

    private static MessageRejected damaged() {
        return new MessageRejected(MessageRejected.Field.ATTACHMENT, "DAMAGED");
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }
}
