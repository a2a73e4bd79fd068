package fi.tyollisyystalo.messaging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Downloads name their file for every browser: an ASCII fallback and the exact name in RFC 5987 form. */
class AttachmentLinkTest {

    @Test
    void the_content_disposition_is_an_attachment_with_an_ascii_fallback_and_a_utf8_filename() {
        assertThat(AttachmentLink.contentDisposition("Hyvä \"kuva\" 😀.png")).isEqualTo(
                "attachment; filename=\"Hyv_ _kuva_ _.png\"; filename*=UTF-8''Hyv%C3%A4%20%22kuva%22%20%F0%9F%98%80.png");
        assertThat(AttachmentLink.contentDisposition("todistus.pdf"))
                .isEqualTo("attachment; filename=\"todistus.pdf\"; filename*=UTF-8''todistus.pdf");
    }
}
