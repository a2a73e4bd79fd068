package fi.tyollisyystalo.servicemap.internal.search;

import static fi.tyollisyystalo.servicemap.internal.search.SearchAnalyzers.EDGE_MAX;
import static fi.tyollisyystalo.servicemap.internal.search.SearchAnalyzers.EDGE_MIN;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalyzers} for an Elasticsearch or OpenSearch cluster, under the same
 * names as {@link SearchAnalysisConfigurer} defines them for Lucene, from built-in server components
 * only (no plugin). Finnish is the exception: Voikko cannot run on the server, so {@link FinnishTermsBinder}
 * computes the Finnish terms in the application and the server's {@code fi} analyzer only splits them
 * at spaces (DD004).
 */
public final class ElasticsearchSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    static final String FOLDED = "tt_folded";
    static final String SWEDISH_STEMMER = "tt_swedish_snowball";
    static final String ENGLISH_POSSESSIVE = "tt_english_possessive";
    static final String EDGE_NGRAM = "tt_edge_ngram";
    static final String TRUNCATE = "tt_truncate";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        // ASCIIFoldingFilter(in, true): folded variant beside the original
        context.tokenFilter(FOLDED).type("asciifolding").param("preserve_original", true);
        context.tokenFilter(SWEDISH_STEMMER).type("snowball").param("language", "Swedish");
        context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(EDGE_NGRAM).type("edge_ngram").param("min_gram", EDGE_MIN).param("max_gram", EDGE_MAX)
                .param("preserve_original", false);
        context.tokenFilter(TRUNCATE).type("truncate").param("length", EDGE_MAX);

        // The application sends the terms of its own Finnish analyzer (base forms, parts, folded variants)
        context.analyzer(SearchAnalyzers.FI).custom().tokenizer("whitespace").tokenFilters("lowercase");
        context.analyzer(SearchAnalyzers.FI_WHOLE).custom().tokenizer("whitespace").tokenFilters("lowercase");
        context.analyzer(SearchAnalyzers.SV).custom().tokenizer("standard")
                .tokenFilters("lowercase", SWEDISH_STEMMER, FOLDED);
        context.analyzer(SearchAnalyzers.EN).custom().tokenizer("standard")
                .tokenFilters(ENGLISH_POSSESSIVE, "lowercase", "porter_stem", FOLDED);
        context.analyzer(SearchAnalyzers.AUTOCOMPLETE_FI).custom().tokenizer("standard")
                .tokenFilters("lowercase", FOLDED, EDGE_NGRAM, "remove_duplicates");
        context.analyzer(SearchAnalyzers.PREFIX_QUERY).custom().tokenizer("standard")
                .tokenFilters("lowercase", TRUNCATE);
        context.normalizer(SearchAnalyzers.KEYWORD_LOWER).custom().tokenFilters("lowercase");
    }
}
