package fi.tyollisyystalo.servicemap.internal.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The words of a resident's query, analysed in the application for the service map's precision rules
 * (DD004): every word must be found as a whole (its base forms), and only when that finds little may a
 * compound word widen to its parts. The index holds a compound's base form and its parts at one position,
 * and Hibernate Search's own analysis of a query gives them as synonyms, so "velkaneuvontaan" would
 * match a "terveysneuvonta" by its part "neuvonta". These terms are sent as written (no analysis on the
 * server), so both backends search the same terms.
 *
 * <p>Words that carry no meaning of their own in a search ("en", "haluan", "the", "jag") are left out of
 * the requirement; a query of nothing but such words keeps them all.
 */
public final class QueryWords {

    /**
     * One word as typed (lower-cased), its whole-word Finnish terms (base forms, or the word itself when
     * Voikko does not know it, each also ASCII-folded) and the parts of a compound (empty for a simple word).
     */
    public record Word(String typed, List<String> whole, List<String> parts) {
        public Word {
            whole = List.copyOf(whole);
            parts = List.copyOf(parts);
        }
    }

    /** Everyday filler of a question, beside the stop words of the three languages. */
    private static final Set<String> FILLER = Set.of("haluan", "haluaisin", "tarvitsen", "tarvitsisin", "tarvitaan",
            "miten", "mistä", "missä", "mihin", "voin", "voinko", "saan", "saanko", "pitäisi", "pitää", "jotain",
            "joku", "kukaan", "vill", "behöver", "want", "need", "help", "can", "how", "where", "get", "my", "i", "am");

    private static final CharArraySet STOP = stopWords();

    private static final class Holder {
        static final Optional<FinnishBaseFormFilter.BaseForms> BASE_FORMS = VoikkoHolder.voikko()
                .map(v -> new FinnishBaseFormFilter.BaseForms(v, 5_000));
    }

    private QueryWords() {
    }

    /** The words that the query requires, in order, without repeats. */
    public static List<Word> of(String text) {
        List<String> tokens = tokens(text);
        List<String> content = tokens.stream().filter(t -> !STOP.contains(t)).toList();
        List<Word> words = new ArrayList<>();
        for (String token : new LinkedHashSet<>(content.isEmpty() ? tokens : content)) {
            words.add(word(token));
        }
        return words;
    }

    /** The words of a text as the analyzers' tokenizer splits them, lower-cased. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer)) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static Word word(String token) {
        Optional<FinnishBaseFormFilter.BaseForms> voikko = Holder.BASE_FORMS;
        if (VoikkoHolder.voikko().isPresent() && voikko.isPresent()) {
            FinnishBaseFormFilter.BaseForms.Split split = voikko.get().split(token);
            return new Word(token, folded(split.whole()), folded(split.parts()));
        }
        FinnishFallbackFilter.Split split = FinnishFallbackFilter.split(token);
        return new Word(token, folded(split.whole()), folded(split.parts()));
    }

    /** Each term, and beside it its ASCII-folded form when that differs (the index has both). */
    private static List<String> folded(List<String> terms) {
        SequencedSet<String> all = new LinkedHashSet<>();
        for (String t : terms) {
            all.add(t);
            all.add(fold(t));
        }
        return List.copyOf(all);
    }

    /** The term with ä, ö, å… folded to ASCII, as the index's folded variant has it. */
    public static String fold(String term) {
        char[] in = term.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(512, true);
        set.addAll(FinnishAnalyzer.getDefaultStopSet());
        set.addAll(SwedishAnalyzer.getDefaultStopSet());
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        FILLER.forEach(w -> set.add(w.toLowerCase(Locale.ROOT)));
        return CharArraySet.unmodifiableSet(set);
    }

    /** For the tests: whether a word is left out of the requirement. */
    static boolean isStopWord(@Nullable String word) {
        return word != null && STOP.contains(word);
    }
}
