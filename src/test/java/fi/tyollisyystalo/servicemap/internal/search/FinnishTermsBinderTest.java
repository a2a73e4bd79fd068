package fi.tyollisyystalo.servicemap.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fi.tyollisyystalo.servicemap.internal.search.FinnishAnalyzerTest.Mode;

/**
 * The Finnish text of an Elasticsearch/OpenSearch document: the terms of the Java {@code fi} analyzer,
 * which the server only splits at spaces. They must be exactly the terms the Lucene index gets.
 */
class FinnishTermsBinderTest {

    private static final List<String> CATALOGUE = List.of("Mielenterveys- ja päihdepalvelut",
            "Työttömien terveystarkastus", "Talous- ja velkaneuvonta", "Kuntouttava työtoiminta",
            "Työkykykoordinaattori auttaa, kun työkyky on heikentynyt.", "Nuorten mielenterveyspalveluihin",
            "Päihdeongelmaan apua A-klinikalta", "Sininauhan vertaistukiryhmä");

    @AfterEach
    void back_to_the_real_mode() {
        VoikkoHolder.forceFallback(false);
        FinnishTermsBinder.FinnishTerms.reset();
    }

    private static String indexed(String text, Mode mode) {
        if (mode == Mode.VOIKKO) {
            VoikkoTest.assumeVoikkoInstalled();
        }
        VoikkoHolder.forceFallback(mode == Mode.FALLBACK);
        FinnishTermsBinder.FinnishTerms.reset();
        return FinnishTermsBinder.Terms.INSTANCE.toIndexedValue(text, null);
    }

    @Test
    void a_compound_in_an_inflected_form_is_sent_as_its_base_forms_and_parts() {
        List<String> terms = Arrays.asList(indexed("mielenterveyspalveluihin", Mode.VOIKKO).split(" "));
        assertThat(terms).startsWith("mielenterveyspalvelu")
                .contains("mielenterveys", "terveyspalvelu", "mieli", "terveys", "palvelu")
                .doesNotContain("mielenterveyspalveluihin");
        assertThat(indexed("terveystarkastukseen", Mode.VOIKKO).split(" "))
                .contains("terveystarkastus", "terveys", "tarkastus");
    }

    @Test
    void words_with_diaeresis_are_sent_with_and_without_it() {
        assertThat(indexed("Päihdepalvelut", Mode.VOIKKO).split(" ")).contains("päihdepalvelu", "paihdepalvelu",
                "päihde", "paihde");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void the_server_receives_exactly_the_terms_of_the_lucene_index(Mode mode) {
        for (String text : CATALOGUE) {
            String sent = indexed(text, mode);
            List<String> lucene = FinnishAnalyzerTest.terms(FinnishAnalyzerTest.finnish(mode), text);
            // the server's fi analyzer: whitespace tokenizer and lower case
            assertThat(sent.split(" ")).as(text).containsExactlyElementsOf(lucene);
            assertThat(sent).isLowerCase().doesNotContain("  ");
        }
    }

    /** fi_whole: whole words only, so that a whole-word match can rank above a compound part's (issue 13). */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void the_whole_word_field_gets_exactly_the_terms_of_its_lucene_analyzer_without_compound_parts(Mode mode) {
        for (String text : CATALOGUE) {
            if (mode == Mode.VOIKKO) {
                VoikkoTest.assumeVoikkoInstalled();
            }
            VoikkoHolder.forceFallback(mode == Mode.FALLBACK);
            FinnishTermsBinder.FinnishTerms.reset();
            String sent = FinnishTermsBinder.Terms.WHOLE.toIndexedValue(text, null);
            List<String> lucene = FinnishAnalyzerTest.terms(SearchAnalysisConfigurer.finnishWhole(VoikkoHolder.voikko()),
                    text);
            assertThat(sent.split(" ")).as(text).containsExactlyElementsOf(lucene);
        }
        if (mode == Mode.VOIKKO) {
            VoikkoHolder.forceFallback(false);
            FinnishTermsBinder.FinnishTerms.reset();
            assertThat(FinnishTermsBinder.Terms.WHOLE.toIndexedValue("Terveysneuvontapisteeseen ruokavalio", null)
                    .split(" ")).contains("terveysneuvontapiste", "ruokavalio")
                    .doesNotContain("neuvonta", "terveys", "ruoka");
        }
    }

    @Test
    void the_fallback_sends_stems_and_listed_compound_parts() {
        assertThat(indexed("mielenterveyspalveluihin", Mode.FALLBACK).split(" "))
                .contains("mielentervey", "mieli", "tervey", "palvelu");
    }

    @Test
    void no_text_stays_no_text_and_lucene_gets_the_text_as_written() {
        assertThat(FinnishTermsBinder.Terms.INSTANCE.toIndexedValue(null, null)).isNull();
        assertThat(FinnishTermsBinder.Terms.INSTANCE.toIndexedValue("", null)).isEmpty();
        assertThat(FinnishTermsBinder.AsWritten.INSTANCE.toIndexedValue("Mielenterveys- ja päihdepalvelut", null))
                .isEqualTo("Mielenterveys- ja päihdepalvelut");
        assertThat(FinnishTermsBinder.Terms.INSTANCE.isCompatibleWith(FinnishTermsBinder.Terms.INSTANCE)).isTrue();
        assertThat(FinnishTermsBinder.Terms.INSTANCE.isCompatibleWith(FinnishTermsBinder.AsWritten.INSTANCE)).isFalse();
    }
}
