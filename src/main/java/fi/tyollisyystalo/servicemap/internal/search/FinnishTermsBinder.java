package fi.tyollisyystalo.servicemap.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.types.dsl.LuceneIndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.ValueBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.ValueBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jspecify.annotations.Nullable;

/**
 * The value of a Finnish text field ({@code @FullTextField(analyzer = "fi", valueBinder = ...)}). On
 * Lucene the text goes in as written and the {@code fi} analyzer (Voikko) runs in the index. On
 * Elasticsearch/OpenSearch, where Voikko cannot run, the same Java analyzer runs here and the field
 * receives its terms separated by spaces, which the server's {@code fi} analyzer only splits
 * ({@link ElasticsearchSearchAnalysisConfigurer}). Hibernate Search converts the text of a
 * {@code match} predicate on the field with the same bridge, so a query is analysed exactly like the
 * documents it searches (DD004).
 */
public class FinnishTermsBinder implements ValueBinder {

    private final Terms terms;

    public FinnishTermsBinder() {
        this(Terms.INSTANCE);
    }

    FinnishTermsBinder(Terms terms) {
        this.terms = terms;
    }

    @Override
    public void bind(ValueBindingContext<?> context) {
        boolean lucene = context.typeFactory() instanceof LuceneIndexFieldTypeFactory;
        context.bridge(String.class, lucene ? AsWritten.INSTANCE : terms);
    }

    /** The same for the {@code fi_whole} field: the terms of the Java {@code fi_whole} analyzer. */
    public static final class Whole extends FinnishTermsBinder {
        public Whole() {
            super(Terms.WHOLE);
        }
    }

    /** Lucene: the text unchanged, as without a bridge. */
    static final class AsWritten implements ValueBridge<String, String> {

        static final AsWritten INSTANCE = new AsWritten();

        @Override
        public @Nullable String toIndexedValue(@Nullable String value, ValueBridgeToIndexedValueContext context) {
            return value;
        }

        @Override
        public boolean isCompatibleWith(ValueBridge<?, ?> other) {
            return other instanceof AsWritten;
        }
    }

    /** Elasticsearch/OpenSearch: the terms of the Java {@code fi} analyzer, separated by spaces. */
    static final class Terms implements ValueBridge<String, String> {

        static final Terms INSTANCE = new Terms(false);
        static final Terms WHOLE = new Terms(true);

        private final boolean whole;

        private Terms(boolean whole) {
            this.whole = whole;
        }

        @Override
        public @Nullable String toIndexedValue(@Nullable String value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : whole ? FinnishTerms.wholeOf(value) : FinnishTerms.of(value);
        }

        @Override
        public boolean isCompatibleWith(ValueBridge<?, ?> other) {
            return other instanceof Terms t && t.whole == whole;
        }
    }

    /** The one Java Finnish analyzer for the bridge: Voikko when installed, the fallback otherwise. */
    static final class FinnishTerms {

        private static volatile @Nullable Analyzer analyzer;
        private static volatile @Nullable Analyzer wholeAnalyzer;

        private FinnishTerms() {
        }

        static String of(String text) {
            return terms(analyzer(false), text);
        }

        static String wholeOf(String text) {
            return terms(analyzer(true), text);
        }

        private static String terms(Analyzer analyzer, String text) {
            StringBuilder terms = new StringBuilder(text.length() * 2);
            try (TokenStream stream = analyzer.tokenStream("fi", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (!terms.isEmpty()) {
                        terms.append(' ');
                    }
                    terms.append(term);
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return terms.toString();
        }

        /** The {@code fi} analyzer, or with {@code whole} the {@code fi_whole} one; made once. */
        private static Analyzer analyzer(boolean whole) {
            Analyzer a = whole ? wholeAnalyzer : analyzer;
            if (a == null) {
                synchronized (FinnishTerms.class) {
                    a = whole ? wholeAnalyzer : analyzer;
                    if (a == null) {
                        if (whole) {
                            a = SearchAnalysisConfigurer.finnishWhole(VoikkoHolder.voikko());
                            wholeAnalyzer = a;
                        } else {
                            a = SearchAnalysisConfigurer.finnish(VoikkoHolder.voikko());
                            analyzer = a;
                        }
                    }
                }
            }
            return a;
        }

        /** For tests that switch between Voikko and the fallback. */
        static void reset() {
            analyzer = null;
            wholeAnalyzer = null;
        }
    }
}
