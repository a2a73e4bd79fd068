package fi.tyollisyystalo.servicemap.internal.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedSet;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Replaces each Finnish token by its base forms and the base forms of its compound parts, all at
 * the token's position: "mielenterveyspalveluihin" becomes mielenterveyspalvelu, mielenterveys,
 * terveyspalvelu, mieli, terveys and palvelu. A word Voikko does not know stays as it is. A
 * truncated compound such as "mielenterveys-" (from "Mielenterveys- ja päihdepalvelut") is analysed
 * without its hyphen. Expects lower-cased input.
 */
public final class FinnishBaseFormFilter extends ExpandingTokenFilter {

    private final BaseForms baseForms;

    public FinnishBaseFormFilter(TokenStream input, BaseForms baseForms) {
        super(input);
        this.baseForms = baseForms;
    }

    @Override
    List<String> expand(String token) {
        return baseForms.of(token);
    }

    /**
     * The terms for one word, shared by all filters of an analyzer and safe for concurrent use.
     * Catalogue vocabulary repeats, so results are kept in a bounded LRU cache (striped to keep
     * indexing threads from queueing on one lock).
     */
    public static final class BaseForms {

        private static final int STRIPES = 16;
        private final Voikko voikko;
        private final boolean wholeOnly;
        private final Lru[] stripes = new Lru[STRIPES];

        public BaseForms(Voikko voikko, int capacity) {
            this(voikko, capacity, false);
        }

        /** With {@code wholeOnly}, a word's terms are the base forms of the whole word, without its parts. */
        public BaseForms(Voikko voikko, int capacity, boolean wholeOnly) {
            this.voikko = voikko;
            this.wholeOnly = wholeOnly;
            for (int i = 0; i < STRIPES; i++) {
                stripes[i] = new Lru(Math.max(1, capacity / STRIPES));
            }
        }

        /** Base forms first, then the compounds inside the word, then its parts; never empty. */
        public List<String> of(String token) {
            String word = token.toLowerCase(Locale.ROOT);
            Lru stripe = stripes[Math.floorMod(word.hashCode(), STRIPES)];
            List<String> cached = stripe.find(word);
            if (cached != null) {
                return cached;
            }
            List<String> forms = wholeOnly ? split(word).whole() : analyse(word);
            stripe.keep(word, forms);
            return forms;
        }

        /** A query word's terms: the whole word's base forms, and the parts of a compound (QueryWords). */
        record Split(List<String> whole, List<String> parts) {
        }

        /**
         * The base forms of the word as a whole (the word itself when Voikko does not know it) and, for a
         * compound, the base forms of its parts in the first reading that has parts: "velkaneuvontaan" gives
         * [velkaneuvonta] and [velka, neuvonta]. Not cached: a query has a few words.
         */
        Split split(String token) {
            String word = stripTrailingHyphens(token.toLowerCase(Locale.ROOT));
            if (word.isEmpty()) {
                return new Split(List.of(token), List.of());
            }
            List<Voikko.Analysis> analyses = voikko.analyse(word);
            SequencedSet<String> whole = new LinkedHashSet<>();
            List<String> parts = List.of();
            for (Voikko.Analysis analysis : analyses) {
                whole.add(lower(analysis.baseForm()));
                if (parts.isEmpty() && analysis.wordBases().size() > 1) {
                    parts = analysis.wordBases().stream().map(BaseForms::lower).distinct().toList();
                }
            }
            whole.remove("");
            if (whole.isEmpty()) {
                whole.add(word);
            }
            return new Split(List.copyOf(whole), parts);
        }

        private List<String> analyse(String token) {
            String word = stripTrailingHyphens(token);
            if (word.isEmpty()) {
                return List.of(token);
            }
            SequencedSet<String> forms = new LinkedHashSet<>();
            addForms(word, forms);
            if (forms.isEmpty() && word.indexOf('-') > 0) {
                for (String piece : word.split("-+")) {
                    addForms(piece, forms);
                }
            }
            forms.remove("");
            return forms.isEmpty() ? List.of(word) : List.copyOf(forms);
        }

        private void addForms(String word, SequencedSet<String> forms) {
            if (word.isEmpty()) {
                return;
            }
            List<Voikko.Analysis> analyses = voikko.analyse(word);
            for (Voikko.Analysis analysis : analyses) {
                forms.add(lower(analysis.baseForm()));
            }
            for (Voikko.Analysis analysis : analyses) {
                addInnerCompounds(word, analysis, forms);
            }
            for (Voikko.Analysis analysis : analyses) {
                analysis.wordBases().forEach(part -> forms.add(lower(part)));
            }
        }

        /*
         * A word of three or more parts also contains shorter compounds: "työkykykoordinaattori"
         * contains "työkyky". They are the written parts up to the last one, which takes its base form.
         */
        private static void addInnerCompounds(String word, Voikko.Analysis analysis, SequencedSet<String> forms) {
            List<String> parts = analysis.wordBases();
            if (parts.size() < 3) {
                return;
            }
            List<String> written = Voikko.surfaceSegments(word, analysis.structure());
            if (written.size() != parts.size()) {
                return;
            }
            for (int from = 0; from < parts.size() - 1; from++) {
                StringBuilder compound = new StringBuilder(written.get(from));
                for (int to = from + 1; to < parts.size(); to++) {
                    if (from == 0 && to == parts.size() - 1) {
                        break;
                    }
                    forms.add(lower(compound + parts.get(to)));
                    compound.append(written.get(to));
                }
            }
        }

        private static String stripTrailingHyphens(String word) {
            int end = word.length();
            while (end > 0 && word.charAt(end - 1) == '-') {
                end--;
            }
            return word.substring(0, end);
        }

        private static String lower(String text) {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private static final class Lru {
        private final Map<String, List<String>> entries;

        Lru(int capacity) {
            this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
                    return size() > capacity;
                }
            };
        }

        synchronized @Nullable List<String> find(String word) {
            return entries.get(word);
        }

        synchronized void keep(String word, List<String> forms) {
            entries.put(word, forms);
        }
    }
}
