package fi.tyollisyystalo.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private static final LocalizedText FINNISH_ONLY = new LocalizedText("Velkaneuvonta", null, " ");
    private static final LocalizedText ALL = new LocalizedText("Velkaneuvonta", "Skuldrådgivning", "Debt advice");

    @Test
    void a_text_in_the_wanted_language_is_picked_with_that_language() {
        assertThat(ALL.pick(Languages.ENGLISH)).isEqualTo(new LocalizedText.Picked("Debt advice", Languages.ENGLISH));
        assertThat(ALL.pick(Locale.forLanguageTag("sv-FI")))
                .isEqualTo(new LocalizedText.Picked("Skuldrådgivning", Languages.SWEDISH));
        assertThat(ALL.pick(Languages.ENGLISH).isFallbackFrom(Locale.UK)).isFalse();
    }

    @Test
    void a_missing_or_blank_translation_falls_back_to_finnish_and_says_so() {
        LocalizedText.Picked picked = FINNISH_ONLY.pick(Languages.ENGLISH);
        assertThat(picked.text()).isEqualTo("Velkaneuvonta");
        assertThat(picked.language()).isEqualTo(Languages.FINNISH);
        assertThat(picked.isFallbackFrom(Languages.ENGLISH)).isTrue();
        assertThat(FINNISH_ONLY.pick(Languages.SWEDISH).isFallbackFrom(Languages.SWEDISH)).isTrue();
        assertThat(FINNISH_ONLY.pick(Languages.FINNISH).isFallbackFrom(Languages.FINNISH)).isFalse();
        assertThat(FINNISH_ONLY.in(Languages.ENGLISH)).isEqualTo("Velkaneuvonta");
    }

    @Test
    void without_finnish_swedish_comes_before_english() {
        LocalizedText swedishAndEnglish = new LocalizedText("", "Skuldrådgivning", "Debt advice");
        assertThat(swedishAndEnglish.pick(Languages.FINNISH))
                .isEqualTo(new LocalizedText.Picked("Skuldrådgivning", Languages.SWEDISH));
        assertThat(new LocalizedText("", null, "Debt advice").pick(Languages.FINNISH))
                .isEqualTo(new LocalizedText.Picked("Debt advice", Languages.ENGLISH));
    }

    @Test
    void an_empty_text_is_no_fallback() {
        assertThat(LocalizedText.EMPTY.pick(Languages.ENGLISH).text()).isEmpty();
        assertThat(LocalizedText.EMPTY.pick(Languages.ENGLISH).isFallbackFrom(Languages.ENGLISH)).isFalse();
    }
}
