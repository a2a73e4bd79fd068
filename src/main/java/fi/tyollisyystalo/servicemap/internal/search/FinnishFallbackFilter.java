package fi.tyollisyystalo.servicemap.internal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SequencedSet;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.ext.FinnishStemmer;

/**
 * Finnish analysis for when Voikko is not installed: the Snowball stem of each token (with the
 * case forms of -us/-ys nouns evened out) plus, at the same position, the stems of the catalogue
 * compounds found in it and of their parts (from {@code search/fi-decompound.txt}). Snowball alone stems "terveystarkastukseen" to
 * "terveystarkastuks" and "terveystarkastus" to itself, so the two would never meet; the list
 * gives both the stems of terveystarkastus, terveys and tarkastus. Expects lower-cased input.
 */
public final class FinnishFallbackFilter extends ExpandingTokenFilter {

    private final FinnishStemmer stemmer = new FinnishStemmer();
    private final Decompounder decompounder;

    public FinnishFallbackFilter(TokenStream input) {
        this(input, Decompounder.catalogue());
    }

    FinnishFallbackFilter(TokenStream input, Decompounder decompounder) {
        super(input);
        this.decompounder = decompounder;
    }

    @Override
    List<String> expand(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        int end = word.length();
        while (end > 1 && word.charAt(end - 1) == '-') {
            end--;
        }
        word = word.substring(0, end);
        SequencedSet<String> terms = new LinkedHashSet<>();
        terms.add(stem(word));
        for (Decompounder.Entry entry : decompounder.find(word)) {
            terms.add(stem(entry.compound()));
            entry.parts().forEach(part -> terms.add(stem(part)));
        }
        return terms.size() == 1 ? List.of(terms.getFirst()) : List.copyOf(terms);
    }

    /** The fallback of the {@code fi_whole} analyzer: each word's stem and the stem of a listed compound it is. */
    static TokenStream wholeWords(TokenStream input) {
        return new ExpandingTokenFilter(input) {
            @Override
            List<String> expand(String token) {
                return split(token).whole();
            }
        };
    }

    /** A query word's terms without Voikko: its stem, and the stems of the parts of listed compounds in it. */
    record Split(List<String> whole, List<String> parts) {
    }

    static Split split(String token) {
        FinnishStemmer stemmer = new FinnishStemmer();
        String word = token.toLowerCase(Locale.ROOT);
        SequencedSet<String> whole = new LinkedHashSet<>();
        whole.add(stem(stemmer, word));
        SequencedSet<String> parts = new LinkedHashSet<>();
        for (Decompounder.Entry entry : Decompounder.catalogue().find(word)) {
            if (word.startsWith(entry.key()) && word.length() - entry.key().length() <= 6) {
                whole.add(stem(stemmer, entry.compound()));
            }
            entry.parts().forEach(part -> parts.add(stem(stemmer, part)));
        }
        return new Split(List.copyOf(whole), List.copyOf(parts));
    }

    private String stem(String word) {
        return stem(stemmer, word);
    }

    private static String stem(FinnishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return evenOut(stemmer.getCurrent());
    }

    /*
     * Snowball leaves the -us/-ys nouns that fill the catalogue (kuntoutus, ohjaus, terveys,
     * työllisyys) with one stem per case: kuntoutus, kuntoutuks (-uksen), kuntoutu (-usta);
     * terveys, terveyd (-yden), terveyt (-yttä). Cutting -ks, -s, and -d/-t after a vowel and u/y
     * gives each of them one stem: kuntoutu, tervey.
     */
    static String evenOut(String stem) {
        int length = stem.length();
        if (length < 5) {
            return stem;
        }
        char last = stem.charAt(length - 1);
        char before = stem.charAt(length - 2);
        if (last == 's' && before == 'k' && Decompounder.isVowel(stem.charAt(length - 3))) {
            return stem.substring(0, length - 2);
        }
        if (last == 's' && (before == 'u' || before == 'y')) {
            return stem.substring(0, length - 1);
        }
        if ((last == 'd' || last == 't') && (before == 'u' || before == 'y')
                && Decompounder.isVowel(stem.charAt(length - 3))) {
            return stem.substring(0, length - 1);
        }
        return stem;
    }

    /** The curated compounds; immutable and shared by all filters. */
    static final class Decompounder {

        record Entry(String key, String compound, List<String> parts) {}

        private static final String RESOURCE = "/search/fi-decompound.txt";
        private final List<Entry> entries;

        private Decompounder(List<Entry> entries) {
            this.entries = List.copyOf(entries);
        }

        static Decompounder catalogue() {
            return Catalogue.INSTANCE;
        }

        /** The entries whose compound occurs in the word, in any inflected form. */
        List<Entry> find(String word) {
            List<Entry> found = List.of();
            for (Entry entry : entries) {
                if (word.contains(entry.key())) {
                    if (found.isEmpty()) {
                        found = new ArrayList<>(2);
                    }
                    found.add(entry);
                }
            }
            return found;
        }

        List<Entry> entries() {
            return entries;
        }

        static Decompounder parse(List<String> lines) {
            List<Entry> entries = new ArrayList<>(lines.size());
            for (String line : lines) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int equals = text.indexOf('=');
                if (equals < 0) {
                    throw new IllegalArgumentException("Not 'compound = part part': " + text);
                }
                String compound = text.substring(0, equals).strip().toLowerCase(Locale.ROOT);
                List<String> parts = Arrays.stream(text.substring(equals + 1).strip().split("\\s+"))
                        .filter(part -> !part.isEmpty())
                        .map(part -> part.toLowerCase(Locale.ROOT))
                        .toList();
                entries.add(new Entry(key(compound), compound, parts));
            }
            return new Decompounder(entries);
        }

        /*
         * The part of a base form that its inflected forms keep: inflection and consonant gradation
         * change the last syllable (kyky → kyvyn, neuvonta → neuvonnan, tarkastus → tarkastuksen,
         * päihde → päihteen), so the key drops it: -nen words lose three letters, words ending in
         * a consonant one, in a long vowel or diphthong none (työ → työn), other words two.
         */
        static String key(String compound) {
            int length = compound.length();
            int drop;
            if (compound.endsWith("nen")) {
                drop = 3;
            } else if (!isVowel(compound.charAt(length - 1))) {
                drop = 1;
            } else if (length > 1 && isVowel(compound.charAt(length - 2))) {
                drop = 0;
            } else {
                drop = 2;
            }
            return compound.substring(0, Math.max(Math.min(4, length), length - drop));
        }

        static boolean isVowel(char c) {
            return "aeiouyäöå".indexOf(c) >= 0;
        }

        private static final class Catalogue {
            static final Decompounder INSTANCE = load();

            private static Decompounder load() {
                try (InputStream in = Decompounder.class.getResourceAsStream(RESOURCE)) {
                    if (in == null) {
                        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                    }
                    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    return parse(reader.lines().toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
