package fi.tyollisyystalo.servicemap.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.similarities.Similarity;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerTokenizerStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerTypeStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneNormalizerOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneNormalizerTypeStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FinnishAnalyzerTest {

    /** The two ways Finnish search can run; every Finnish test runs in both. */
    enum Mode {
        VOIKKO, FALLBACK
    }

    @AfterEach
    void back_to_the_real_mode() {
        VoikkoHolder.forceFallback(false);
    }

    /** The analyzers exactly as Hibernate Search receives them from the configurer. */
    static Map<String, Analyzer> configured(Mode mode) {
        if (mode == Mode.VOIKKO) {
            VoikkoTest.assumeVoikkoInstalled();
        }
        VoikkoHolder.forceFallback(mode == Mode.FALLBACK);
        try {
            var context = new RecordingContext();
            new SearchAnalysisConfigurer().configure(context);
            return context.analyzers;
        } finally {
            VoikkoHolder.forceFallback(false);
        }
    }

    static Analyzer finnish(Mode mode) {
        return configured(mode).get(SearchAnalyzers.FI);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("field", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Set<String> shared(Analyzer analyzer, String one, String other) {
        Set<String> shared = new LinkedHashSet<>(terms(analyzer, one));
        shared.retainAll(terms(analyzer, other));
        return shared;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void an_illative_finds_the_base_form_that_snowball_alone_misses(Mode mode) {
        Analyzer fi = finnish(mode);
        assertThat(shared(fi, "terveystarkastukseen", "Terveystarkastus")).isNotEmpty();
        assertThat(shared(fi, "terveystarkastuksen", "terveystarkastukseen")).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void a_compound_meets_a_truncated_compound_through_its_parts(Mode mode) {
        Analyzer fi = finnish(mode);
        Set<String> shared = shared(fi, "mielenterveyspalveluihin", "Mielenterveys- ja päihdepalvelut");
        // a search for each part finds both
        for (String part : List.of("mieli", "terveys", "palvelu", "mielenterveys")) {
            assertThat(shared).as(part).containsAnyElementsOf(terms(fi, part));
        }
        assertThat(terms(fi, "Mielenterveys- ja päihdepalvelut")).containsAnyElementsOf(terms(fi, "päihde"));
        if (mode == Mode.VOIKKO) {
            assertThat(shared).contains("mieli", "terveys", "palvelu", "mielenterveys");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void debt_counselling_is_found_in_any_case(Mode mode) {
        Analyzer fi = finnish(mode);
        assertThat(shared(fi, "velkaneuvontaan", "velkaneuvonta")).isNotEmpty();
        assertThat(shared(fi, "velkaneuvonnan", "velkaneuvonta")).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void a_word_typed_without_diaeresis_finds_the_word_with_it(Mode mode) {
        Analyzer fi = finnish(mode);
        assertThat(shared(fi, "paihde", "Päihdepalvelut")).isNotEmpty();
        assertThat(terms(fi, "päihde")).as("the form with ä is kept").anyMatch(term -> term.startsWith("päihd"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void base_forms_and_parts_stand_at_the_position_of_their_word(Mode mode) {
        Analyzer fi = finnish(mode);
        List<Integer> increments = new ArrayList<>();
        try (TokenStream stream = fi.tokenStream("field", "Mielenterveys- ja päihdepalvelut")) {
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                increments.add(increment.getPositionIncrement());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(increments).hasSizeGreaterThan(3);
        assertThat(increments.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    }

    @Test
    void voikko_gives_the_compound_its_base_form_inner_compounds_and_parts() {
        Analyzer fi = finnish(Mode.VOIKKO);
        assertThat(terms(fi, "mielenterveyspalveluihin")).startsWith("mielenterveyspalvelu")
                .contains("mielenterveys", "terveyspalvelu", "mieli", "terveys", "palvelu")
                .doesNotContain("mielenterveyspalveluihin", "palvella", "terve");
        assertThat(terms(fi, "työkykykoordinaattorille")).contains("työkykykoordinaattori", "työkyky", "koordinaattori");
        assertThat(terms(fi, "xqzvbnm")).containsExactly("xqzvbnm");
    }

    @Test
    void the_fallback_stems_and_splits_listed_compounds() {
        Analyzer fi = finnish(Mode.FALLBACK);
        assertThat(terms(fi, "mielenterveyspalveluihin")).contains("mielentervey", "mieli", "tervey", "palvelu");
        assertThat(terms(fi, "työkyvyn")).contains("työkyky", "työ", "kyky");
        assertThat(terms(fi, "perheterapia")).doesNotContain("työ");
        assertThat(shared(fi, "kuntoutukseen", "kuntoutus")).containsExactly("kuntoutu");
        assertThat(shared(fi, "terveyden", "terveyttä")).containsExactly("tervey");
    }

    @Test
    void the_decompounding_list_covers_the_catalogue_with_well_formed_entries() {
        List<FinnishFallbackFilter.Decompounder.Entry> entries =
                FinnishFallbackFilter.Decompounder.catalogue().entries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(60);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.parts()).as(entry.compound()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(entry.compound()).as(entry.compound()).startsWith(entry.key());
            assertThat(entry.key().length()).as(entry.compound()).isGreaterThanOrEqualTo(4);
        });
        assertThat(FinnishFallbackFilter.Decompounder.key("velkaneuvonta")).isEqualTo("velkaneuvon");
        assertThat(FinnishFallbackFilter.Decompounder.key("terveystarkastus")).isEqualTo("terveystarkastu");
        assertThat(FinnishFallbackFilter.Decompounder.key("perhetyö")).isEqualTo("perhetyö");
    }

    @Test
    void swedish_finds_the_definite_form() {
        Analyzer sv = configured(Mode.FALLBACK).get(SearchAnalyzers.SV);
        assertThat(shared(sv, "hälsokontrollen", "hälsokontroll")).isNotEmpty();
        assertThat(shared(sv, "halsokontroll", "Hälsokontrollen")).isNotEmpty();
    }

    @Test
    void english_drops_possessives_and_stems() {
        Analyzer en = configured(Mode.FALLBACK).get(SearchAnalyzers.EN);
        assertThat(terms(en, "Kela's services")).containsExactly("kela", "servic");
        assertThat(shared(en, "counselling", "counsel")).isNotEmpty();
    }

    @Test
    void prefixes_match_while_typing_with_or_without_diaeresis() {
        Map<String, Analyzer> analyzers = configured(Mode.FALLBACK);
        List<String> indexed = terms(analyzers.get(SearchAnalyzers.AUTOCOMPLETE_FI), "Päihdepalvelut ja terveystarkastus");
        Analyzer query = analyzers.get(SearchAnalyzers.PREFIX_QUERY);
        assertThat(indexed).containsAll(terms(query, "Päih"));
        assertThat(indexed).containsAll(terms(query, "paih"));
        assertThat(indexed).containsAll(terms(query, "terveystarkastukseen"));
        assertThat(terms(query, "päi")).containsExactly("päi");
        assertThat(indexed).doesNotContain("p");
    }

    @Test
    void the_keyword_normalizer_lower_cases_the_whole_value() {
        Analyzer normalizer = configured(Mode.FALLBACK).get(SearchAnalyzers.KEYWORD_LOWER);
        assertThat(terms(normalizer, "Kela Espoo ÄÄ")).containsExactly("kela espoo ää");
    }

    @Test
    void the_configurer_defines_every_named_analyzer() {
        assertThat(configured(Mode.FALLBACK)).containsOnlyKeys(SearchAnalyzers.FI, SearchAnalyzers.FI_WHOLE, SearchAnalyzers.SV,
                SearchAnalyzers.EN, SearchAnalyzers.AUTOCOMPLETE_FI, SearchAnalyzers.PREFIX_QUERY,
                SearchAnalyzers.KEYWORD_LOWER);
    }

    /** Collects the analyzer instances the configurer hands to Hibernate Search. */
    private static final class RecordingContext implements LuceneAnalysisConfigurationContext {
        final Map<String, Analyzer> analyzers = new HashMap<>();

        @Override
        public LuceneAnalyzerTypeStep analyzer(String name) {
            var context = this;
            return new LuceneAnalyzerTypeStep() {
                @Override
                public LuceneAnalyzerTokenizerStep custom() {
                    throw new UnsupportedOperationException("analyzers are defined as instances");
                }

                @Override
                public LuceneAnalysisConfigurationContext instance(Analyzer analyzer) {
                    analyzers.put(name, analyzer);
                    return context;
                }
            };
        }

        @Override
        public LuceneNormalizerTypeStep normalizer(String name) {
            var context = this;
            return new LuceneNormalizerTypeStep() {
                @Override
                public LuceneNormalizerOptionalComponentsStep custom() {
                    throw new UnsupportedOperationException("normalizers are defined as instances");
                }

                @Override
                public LuceneAnalysisConfigurationContext instance(Analyzer analyzer) {
                    analyzers.put(name, analyzer);
                    return context;
                }
            };
        }

        @Override
        public void similarity(Similarity similarity) {
        }

        @Override
        public Set<String> availableTokenizers() {
            return Set.of();
        }

        @Override
        public Set<String> availableCharFilters() {
            return Set.of();
        }

        @Override
        public Set<String> availableTokenFilters() {
            return Set.of();
        }
    }
}
