package fi.tyollisyystalo.servicemap.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The words a query requires, and what each of them may be found as (DD004, issue 13). */
class QueryWordsTest {

    @AfterEach
    void voikkoBack() {
        VoikkoHolder.forceFallback(false);
    }

    @Test
    void a_compound_is_required_whole_and_its_parts_are_kept_apart_for_the_wide_search() {
        VoikkoTest.assumeVoikkoInstalled();
        List<QueryWords.Word> words = QueryWords.of("velkaneuvontaan");
        assertThat(words).singleElement().satisfies(w -> {
            assertThat(w.typed()).isEqualTo("velkaneuvontaan");
            assertThat(w.whole()).containsExactly("velkaneuvonta");
            assertThat(w.parts()).containsExactly("velka", "neuvonta");
        });
    }

    @Test
    void a_word_with_a_or_o_dotted_is_also_required_in_its_folded_form() {
        VoikkoTest.assumeVoikkoInstalled();
        assertThat(QueryWords.of("päihdepalvelut")).singleElement().satisfies(w -> {
            assertThat(w.whole()).containsExactly("päihdepalvelu", "paihdepalvelu");
            assertThat(w.parts()).containsExactly("päihde", "paihde", "palvelu");
        });
    }

    @Test
    void filler_and_stop_words_are_not_required_unless_there_is_nothing_else() {
        VoikkoTest.assumeVoikkoInstalled();
        assertThat(QueryWords.of("haluan laihtua")).extracting(QueryWords.Word::typed).containsExactly("laihtua");
        assertThat(QueryWords.of("en osaa käyttää tietokonetta")).extracting(QueryWords.Word::typed)
                .containsExactly("osaa", "käyttää", "tietokonetta");
        assertThat(QueryWords.of("health check for the unemployed")).extracting(QueryWords.Word::typed)
                .containsExactly("health", "check", "unemployed");
        assertThat(QueryWords.of("jag vill sluta röka")).extracting(QueryWords.Word::typed)
                .containsExactly("sluta", "röka");
        assertThat(QueryWords.of("en ole")).extracting(QueryWords.Word::typed).containsExactly("en", "ole");
    }

    @Test
    void an_unknown_word_is_required_as_typed() {
        VoikkoTest.assumeVoikkoInstalled();
        assertThat(QueryWords.of("työkykykordinaattori")).singleElement().satisfies(w ->
                assertThat(w.whole()).containsExactly("työkykykordinaattori", "tyokykykordinaattori"));
    }

    @Test
    void without_voikko_the_stem_is_required_and_listed_compounds_give_their_parts() {
        VoikkoHolder.forceFallback(true);
        assertThat(QueryWords.of("velkaneuvontaan")).singleElement().satisfies(w -> {
            assertThat(w.whole()).contains(FinnishFallbackFilterStem.of("velkaneuvonta"));
            assertThat(w.parts()).contains(FinnishFallbackFilterStem.of("velka"), FinnishFallbackFilterStem.of("neuvonta"));
        });
    }

    /** The fallback's stem of a word, as its filter indexes it. */
    private static final class FinnishFallbackFilterStem {
        static String of(String word) {
            return FinnishFallbackFilter.split(word).whole().getFirst();
        }
    }
}
