package fi.tyollisyystalo.servicemap.internal.search;

import static fi.tyollisyystalo.servicemap.internal.search.SearchAnalyzers.EDGE_MAX;
import static fi.tyollisyystalo.servicemap.internal.search.SearchAnalyzers.EDGE_MIN;

import java.util.Optional;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Defines the analyzers named in {@link SearchAnalyzers} for Hibernate Search's Lucene backend
 * ({@code hibernate.search.backend.analysis.configurer}). Hibernate Search instantiates this class
 * itself, so Voikko comes from {@link VoikkoHolder}.
 */
public final class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Analyses cached per Finnish analyzer: the catalogue's vocabulary is far smaller than this. */
    static final int BASE_FORM_CACHE = 50_000;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalyzers.FI).instance(finnish(VoikkoHolder.voikko()));
        context.analyzer(SearchAnalyzers.FI_WHOLE).instance(finnishWhole(VoikkoHolder.voikko()));
        context.analyzer(SearchAnalyzers.SV).instance(swedish());
        context.analyzer(SearchAnalyzers.EN).instance(english());
        context.analyzer(SearchAnalyzers.AUTOCOMPLETE_FI).instance(autocomplete());
        context.analyzer(SearchAnalyzers.PREFIX_QUERY).instance(prefixQuery());
        context.normalizer(SearchAnalyzers.KEYWORD_LOWER).instance(keywordLower());
    }

    /**
     * Base forms and compound parts as synonyms, then each term with ä/ö/å also folded to a/o
     * (kept beside the original, so "paihde" finds "päihde" and "päihde" still ranks exactly).
     */
    static Analyzer finnish(Optional<Voikko> voikko) {
        UnaryOperator<TokenStream> morphology = voikko
                .<UnaryOperator<TokenStream>>map(v -> {
                    var baseForms = new FinnishBaseFormFilter.BaseForms(v, BASE_FORM_CACHE);
                    return in -> new FinnishBaseFormFilter(in, baseForms);
                })
                .orElse(FinnishFallbackFilter::new);
        return standard(in -> folded(morphology.apply(new LowerCaseFilter(in))));
    }

    /** Only the base forms of each word as a whole (no compound parts), then folded beside the original. */
    static Analyzer finnishWhole(Optional<Voikko> voikko) {
        UnaryOperator<TokenStream> morphology = voikko
                .<UnaryOperator<TokenStream>>map(v -> {
                    var baseForms = new FinnishBaseFormFilter.BaseForms(v, BASE_FORM_CACHE, true);
                    return in -> new FinnishBaseFormFilter(in, baseForms);
                })
                .orElse(FinnishFallbackFilter::wholeWords);
        return standard(in -> folded(morphology.apply(new LowerCaseFilter(in))));
    }

    static Analyzer swedish() {
        return standard(in -> folded(new SnowballFilter(new LowerCaseFilter(in), new SwedishStemmer())));
    }

    static Analyzer english() {
        return standard(in -> folded(new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(in)))));
    }

    /** Prefixes of every word; the search side ({@link #prefixQuery()}) cuts words to the longest prefix. */
    static Analyzer autocomplete() {
        return standard(in -> new RemoveDuplicatesTokenFilter(
                new EdgeNGramTokenFilter(folded(new LowerCaseFilter(in)), EDGE_MIN, EDGE_MAX, false)));
    }

    /** Not folded: whoever types "pä" means ä, whoever types "pa" finds both (the index has both). */
    static Analyzer prefixQuery() {
        return standard(in -> new TruncateTokenFilter(new LowerCaseFilter(in), EDGE_MAX));
    }

    static Analyzer keywordLower() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static TokenStream folded(TokenStream in) {
        return new ASCIIFoldingFilter(in, true);
    }

    private static Analyzer standard(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
