package fi.tyollisyystalo.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * Files are judged by their bytes: the accepted types by their signatures, metadata removed, names
 * neutralised. Decision: a PNG named .pdf is accepted as the PNG it is and renamed .png (the content
 * decides; the name never does).
 */
class AttachmentFilterTest {

    private static final long MAX = AttachmentFilter.DEFAULT_MAX_BYTES;
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_png_named_pdf_is_accepted_as_the_png_it_is_and_gets_the_png_extension() throws IOException {
        AttachmentFilter.Cleaned c = AttachmentFilter.clean("skannaus.pdf", png(), MAX);
        assertThat(c.kind()).isEqualTo(AttachmentFilter.Kind.PNG);
        assertThat(c.fileName()).isEqualTo("skannaus.png");
        assertThat(c.kind().mediaType()).isEqualTo("image/png");
    }

    @Test
    void svg_html_and_other_files_are_refused_whatever_their_name() {
        String svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";
        String html = "<!DOCTYPE html><html><script>alert(1)</script></html>";
        for (String[] file : new String[][] {{"kuva.svg", svg}, {"kuva.png", svg}, {"liite.pdf", html},
            {"sivu.html", html}, {"ohjelma.exe", "MZ\u0090\u0000"}, {"teksti.pdf", " %PDF-1.7 starts late"}}) {
            assertThatThrownBy(() -> AttachmentFilter.clean(file[0], file[1].getBytes(StandardCharsets.UTF_8), MAX))
                    .as(file[0]).isInstanceOfSatisfying(MessageRejected.class, e -> {
                        assertThat(e.field()).isEqualTo(MessageRejected.Field.ATTACHMENT);
                        assertThat(e.reason()).isEqualTo("TYPE");
                    });
        }
        assertThatThrownBy(() -> AttachmentFilter.clean("tyhja.pdf", new byte[0], MAX))
                .isInstanceOfSatisfying(MessageRejected.class, e -> assertThat(e.reason()).isEqualTo("EMPTY"));
    }

    @Test
    void a_thirty_megabyte_file_is_refused_on_the_server() {
        byte[] big = new byte[30 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> AttachmentFilter.clean("iso.pdf", big, MAX))
                .isInstanceOfSatisfying(MessageRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo("TOO_LARGE");
                    assertThat(e.messageKey()).isEqualTo("messages.error.attachment.too_large");
                });
        // exactly at the limit is fine
        byte[] atLimit = new byte[(int) MAX];
        System.arraycopy(PDF, 0, atLimit, 0, PDF.length);
        assertThat(AttachmentFilter.clean("raja.pdf", atLimit, MAX).kind()).isEqualTo(AttachmentFilter.Kind.PDF);
    }

    @Test
    void the_exif_with_gps_location_is_removed_from_a_jpeg_and_the_picture_still_opens() throws IOException {
        byte[] plain = jpeg();
        byte[] withGps = withExifGps(plain);
        assertThat(contains(withGps, "Exif")).isTrue();
        assertThat(contains(withGps, "GPS-SECRET")).isTrue();

        AttachmentFilter.Cleaned c = AttachmentFilter.clean("IMG_0001.JPG", withGps, MAX);
        assertThat(c.kind()).isEqualTo(AttachmentFilter.Kind.JPEG);
        assertThat(c.fileName()).isEqualTo("IMG_0001.jpg");
        assertThat(contains(c.bytes(), "Exif")).isFalse();
        assertThat(contains(c.bytes(), "GPS-SECRET")).isFalse();
        assertThat(c.bytes()).isEqualTo(plain);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(c.bytes()));
        assertThat(read.getWidth()).isEqualTo(16);
        assertThat(read.getHeight()).isEqualTo(12);
    }

    @Test
    void text_and_exif_chunks_are_removed_from_a_png_and_the_picture_still_opens() throws IOException {
        byte[] plain = png();
        byte[] tagged = withPngChunks(plain);
        assertThat(contains(tagged, "Kotiosoite")).isTrue();

        AttachmentFilter.Cleaned c = AttachmentFilter.clean("kuva.png", tagged, MAX);
        assertThat(contains(c.bytes(), "Kotiosoite")).isFalse();
        assertThat(contains(c.bytes(), "eXIf")).isFalse();
        assertThat(c.bytes()).isEqualTo(plain);
        assertThat(ImageIO.read(new ByteArrayInputStream(c.bytes())).getWidth()).isEqualTo(16);
    }

    @Test
    void a_broken_jpeg_or_png_is_refused_as_damaged() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x7F, 1, 2};
        assertThatThrownBy(() -> AttachmentFilter.clean("a.jpg", jpeg, MAX))
                .isInstanceOfSatisfying(MessageRejected.class, e -> assertThat(e.reason()).isEqualTo("DAMAGED"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x7F, 0, 0, 0, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> AttachmentFilter.clean("a.png", png, MAX))
                .isInstanceOfSatisfying(MessageRejected.class, e -> assertThat(e.reason()).isEqualTo("DAMAGED"));
    }

    @Test
    void names_are_neutralised_path_parts_controls_bidi_overrides_length_and_the_real_extension() {
        var pdf = AttachmentFilter.Kind.PDF;
        // the right-to-left override would show "lasku‮fdp.exe" as "laskuexe.pdf"
        String rtl = AttachmentFilter.safeName("lasku\u202Efdp.exe", pdf);
        assertThat(rtl).isEqualTo("laskufdp.pdf");
        assertThat(AttachmentFilter.safeName("\u2066kuva\u2069\u202A\u202B\u202C\u202D.png", pdf)).isEqualTo("kuva.pdf");
        assertThat(AttachmentFilter.safeName("../../etc/passwd", pdf)).isEqualTo("passwd.pdf");
        assertThat(AttachmentFilter.safeName("C:\\Users\\Mikko\\Desktop\\todistus.pdf", pdf)).isEqualTo("todistus.pdf");
        assertThat(AttachmentFilter.safeName("rivi\r\nvaihto\u0000<script>.pdf", pdf)).isEqualTo("rivivaihtoscript.pdf");
        assertThat(AttachmentFilter.safeName(".htaccess", pdf)).isEqualTo("attachment.pdf");
        assertThat(AttachmentFilter.safeName("kuva.php.jpg", AttachmentFilter.Kind.JPEG)).isEqualTo("kuva_php.jpg");
        assertThat(AttachmentFilter.safeName("Hyvä 😀 kuva.pdf", pdf)).isEqualTo("Hyvä 😀 kuva.pdf");
        String longName = AttachmentFilter.safeName("x".repeat(500) + ".pdf", pdf);
        assertThat(longName).hasSize(AttachmentFilter.NAME_MAX + 4).endsWith(".pdf");
        for (String name : new String[] {rtl, longName}) {
            assertThat(name.codePoints().noneMatch(cp -> (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)))
                    .isTrue();
        }
    }

    /** A 16 × 12 JPEG as a camera-less program writes it (no EXIF). */
    static byte[] jpeg() throws IOException {
        return image("jpg");
    }

    /** A 16 × 12 PNG without metadata chunks. */
    static byte[] png() throws IOException {
        return image("png");
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** An APP1 EXIF segment with a GPS IFD (latitude reference and a marker text) right after SOI. */
    private static byte[] withExifGps(byte[] jpeg) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        byte[] header = {'M', 'M', 0, 42, 0, 0, 0, 8};
        tiff.writeBytes(header);
        // IFD0: one entry, GPSInfo (0x8825) LONG 1 -> offset 26
        tiff.writeBytes(new byte[] {0, 1, (byte) 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0});
        // GPS IFD: GPSLatitudeRef 'N', GPSAreaInformation (0x1C) UNDEFINED pointing at a marker text
        byte[] marker = "GPS-SECRET 61.0587N 28.1887E".getBytes(StandardCharsets.US_ASCII);
        int markerOffset = 26 + 2 + 2 * 12 + 4;
        tiff.writeBytes(new byte[] {0, 2, 0, 1, 0, 2, 0, 0, 0, 2, 'N', 0, 0, 0});
        tiff.writeBytes(new byte[] {0, 0x1C, 0, 7, 0, 0, 0, (byte) marker.length, 0, 0, 0, (byte) markerOffset});
        tiff.writeBytes(new byte[] {0, 0, 0, 0});
        tiff.writeBytes(marker);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + tiff.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes(exif);
        out.writeBytes(tiff.toByteArray());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A tEXt and an eXIf chunk right after IHDR. */
    private static byte[] withPngChunks(byte[] png) {
        int afterIhdr = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        out.writeBytes(chunk("tEXt", "Comment\0Kotiosoite Kauppakatu 1".getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(chunk("eXIf", new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0}));
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = data.length;
        out.writeBytes(new byte[] {(byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n});
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long c = crc.getValue();
        out.writeBytes(new byte[] {(byte) (c >> 24), (byte) (c >> 16), (byte) (c >> 8), (byte) c});
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
