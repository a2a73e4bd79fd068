package fi.tyollisyystalo.servicemap.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fi.tyollisyystalo.servicemap.internal.search.FinnishAnalyzerTest.Mode;

class FinnishAnalyzerConcurrencyTest {

    private static final int THREADS = 8;

    private static final List<String> FIRST = List.of("työ", "terveys", "mielenterveys", "päihde", "velka", "perhe",
            "sosiaali", "kuntoutus", "asumis", "nuoriso", "opinto", "talous", "työkyky", "ura", "palvelu",
            "lapsi", "vertais", "ryhmä", "koti", "kriisi");
    private static final List<String> SECOND = List.of("palveluihin", "palvelut", "palvelun", "neuvontaan",
            "neuvonnan", "tarkastukseen", "tarkastus", "ohjaajalle", "ohjaus", "keskuksessa", "tuesta", "tuki",
            "valmennukseen", "kokeilu", "kokeiluun", "hoitoon", "hoidon", "työntekijä", "koordinaattorille",
            "ryhmässä", "toimintaa", "kuntoutukseen", "terapiaan", "asiakkaalle", "suunnitelma");

    /** Catalogue-like words: 500 compounds, most of them real Finnish, each used about 20 times. */
    static List<String> words(int count) {
        List<String> distinct = new ArrayList<>();
        for (String first : FIRST) {
            for (String second : SECOND) {
                distinct.add(first + second);
            }
        }
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(distinct.get(i % distinct.size()));
        }
        Collections.shuffle(words, new Random(4));
        return words;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void ten_thousand_words_on_eight_threads_give_the_single_threaded_terms(Mode mode) throws Exception {
        List<String> words = words(10_000);
        Analyzer reference = FinnishAnalyzerTest.finnish(mode);
        List<List<String>> expected = words.stream().map(word -> FinnishAnalyzerTest.terms(reference, word)).toList();

        Analyzer shared = FinnishAnalyzerTest.finnish(mode); // a fresh cache, so threads race on Voikko too
        List<List<String>> actual = new ArrayList<>(Collections.nCopies(words.size(), List.of()));
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = thread; i < words.size(); i += THREADS) {
                        actual.set(i, FinnishAnalyzerTest.terms(shared, words.get(i)));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        }
        assertThat(actual).isEqualTo(expected);
        // most words expand to several terms, so the comparison is not of trivial lists
        assertThat(expected).filteredOn(terms -> terms.size() > 2).hasSizeGreaterThan(words.size() / 5);
    }
}
