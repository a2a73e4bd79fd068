package fi.tyollisyystalo.servicemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/** The one check of links that the editor, the PTV import and the public page share. */
class LinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.kela.fi", "http://example.fi/a/b?c=d&e=f#g", "HTTPS://Example.FI/Ä"})
    void http_and_https_addresses_are_web_addresses(String url) {
        assertThat(Links.isWebAddress(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "https://", "https:///path", "//evil.example",
        "www.kela.fi", "https://a.fi/\"><svg onload=alert(1)>", "https://a.fi/ b", "mailto:a@b.fi", "tel:+358401234567",
        "ftp://files.example.fi", ""})
    void anything_else_is_not(String url) {
        assertThat(Links.isWebAddress(url)).isFalse();
    }

    @Test
    void an_address_longer_than_the_column_is_not_a_web_address() {
        assertThat(Links.isWebAddress("https://a.fi/" + "x".repeat(Links.MAX_URL))).isFalse();
        assertThat(Links.isWebAddress(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+358 295 025 500", "020 692 200", "0404567890", "116 117", "(09) 4321-0000"})
    void phone_numbers_in_digits_are_callable(String number) {
        assertThat(Links.isPhoneNumber(number)).isTrue();
        assertThat(Links.telHref(number)).matches("tel:\\+?[0-9]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "tel:javascript:alert(1)", "12", "+", "040 123 4567 ext. 5",
        "soita 040 123 4567", "\u202E0401234567"})
    void anything_else_is_not_a_phone_number(String number) {
        assertThat(Links.isPhoneNumber(number)).isFalse();
    }

    @Test
    void channel_errors_name_the_channel_and_the_field() {
        var web = new ChannelData(ChannelType.WEB, LocalizedText.EMPTY, null, null, null, null, null, null,
                LocalizedText.EMPTY, null, LocalizedText.EMPTY, LocalizedText.EMPTY, "javascript:alert(1)");
        var phone = new ChannelData(ChannelType.PHONE, new LocalizedText("Neuvonta", "x".repeat(201), null), null,
                null, null, null, null, null, LocalizedText.EMPTY, "javascript:alert(1)", LocalizedText.EMPTY,
                LocalizedText.EMPTY, null);
        var place = new ChannelData(ChannelType.LOCATION, LocalizedText.EMPTY, "Katu 1", "5310", "999", null, null,
                null, LocalizedText.EMPTY, null, LocalizedText.EMPTY, LocalizedText.EMPTY, null);
        assertThat(Links.channelErrors(List.of(web, phone, place))).containsOnlyKeys("channels.0.url",
                "channels.1.phone", "channels.1.name.sv", "channels.2.postalCode", "channels.2.municipality");
    }
}
