package fi.tyollisyystalo.servicemap.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VoikkoTest {

    /** Skips the test loudly when Voikko is missing; on CI (CI=true) a missing Voikko fails instead. */
    static void assumeVoikkoInstalled() {
        if (!VoikkoHolder.installed()) {
            String message = "VOIKKO NOT INSTALLED: Finnish morphology tests SKIPPED"
                    + " (apt-get install -y libvoikko1 voikko-fi)";
            System.out.println("!".repeat(100) + "\n!!! " + message + "\n" + "!".repeat(100));
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " on CI: .ci/run must install them");
            }
        }
        assumeTrue(VoikkoHolder.installed(), "libvoikko1/voikko-fi not installed");
    }

    static Voikko voikkoOrSkip() {
        assumeVoikkoInstalled();
        return Voikko.load().orElseThrow();
    }

    private static Voikko.Analysis first(Voikko voikko, String word) {
        List<Voikko.Analysis> analyses = voikko.analyse(word);
        assertThat(analyses).as("analyses of %s", word).isNotEmpty();
        return analyses.getFirst();
    }

    @Test
    void an_inflected_compound_gets_its_base_form_and_its_parts() {
        try (Voikko voikko = voikkoOrSkip()) {
            Voikko.Analysis analysis = first(voikko, "terveystarkastukseen");
            assertThat(analysis.baseForm()).isEqualTo("terveystarkastus");
            assertThat(analysis.wordBases()).containsExactly("terveys", "tarkastus");
            assertThat(analysis.wordClass()).isEqualTo("nimisana");
            assertThat(analysis.structure()).isEqualTo("=ppppppp=ppppppppppppp");
        }
    }

    @Test
    void the_parts_of_a_three_part_compound_are_lexemes_not_morphemes() {
        try (Voikko voikko = voikkoOrSkip()) {
            // WORDBASES is +mielen(mieli)+terve(terve)+ys(+ys)+palvel(palvella)+u(+u)
            Voikko.Analysis analysis = first(voikko, "mielenterveyspalveluihin");
            assertThat(analysis.baseForm()).isEqualTo("mielenterveyspalvelu");
            assertThat(analysis.wordBases()).containsExactly("mieli", "terveys", "palvelu");
        }
    }

    @Test
    void a_derived_last_part_takes_its_base_form_from_the_whole_word() {
        try (Voikko voikko = voikkoOrSkip()) {
            Voikko.Analysis analysis = first(voikko, "velkaneuvontaan");
            assertThat(analysis.baseForm()).isEqualTo("velkaneuvonta");
            assertThat(analysis.wordBases()).containsExactly("velka", "neuvonta");
            assertThat(first(voikko, "työkyvyttömyyseläkkeen").wordBases())
                    .containsExactly("työ", "kyvyttömyys", "eläke");
            assertThat(first(voikko, "kuntoutuksenohjaajalle").wordBases()).contains("kuntoutus", "ohjaaja");
        }
    }

    @Test
    void letters_outside_ascii_cross_the_native_boundary_intact() {
        try (Voikko voikko = voikkoOrSkip()) {
            assertThat(first(voikko, "päihteiden").baseForm()).isEqualTo("päihde");
            assertThat(first(voikko, "helsingissä").baseForm()).isEqualTo("Helsinki");
        }
    }

    @Test
    void an_unknown_word_has_no_analysis() {
        try (Voikko voikko = voikkoOrSkip()) {
            assertThat(voikko.analyse("xqzvbnm")).isEmpty();
            assertThat(voikko.analyse("")).isEmpty();
        }
    }

    @Test
    void libvoikko_names_the_keys_we_read() {
        try (Voikko voikko = voikkoOrSkip()) {
            assertThat(voikko.keys("terveystarkastukseen")).contains("BASEFORM", "WORDBASES", "STRUCTURE", "CLASS");
        }
    }

    @Test
    void a_closed_voikko_refuses_work() {
        Voikko voikko = voikkoOrSkip();
        voikko.close();
        assertThatThrownBy(() -> voikko.analyse("työ")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_missing_dictionary_gives_no_voikko_and_no_exception() {
        assumeVoikkoInstalled();
        assertThat(Voikko.load("xx-no-such-variant", null, 1)).isEmpty();
    }

    @Test
    void the_pool_opens_handles_on_demand_only() {
        try (Voikko voikko = voikkoOrSkip()) {
            voikko.analyse("työ");
            voikko.analyse("kyky");
            assertThat(voikko.openHandles()).isEqualTo(1);
        }
    }

    @Test
    void wordbases_are_read_as_morphemes_and_grouped_into_lexemes() {
        List<Voikko.Morpheme> morphemes = Voikko.morphemes("+velka(velka)+neuvo(neuvoa)+n+ta(+ta)");
        assertThat(morphemes).containsExactly(new Voikko.Morpheme("velka", "velka"),
                new Voikko.Morpheme("neuvo", "neuvoa"), new Voikko.Morpheme("n", null),
                new Voikko.Morpheme("ta", "+ta"));
        assertThat(Voikko.lexemes(morphemes)).hasSize(2);
        assertThat(Voikko.lexemes(Voikko.morphemes("+sosiaali+ohja(ohjata)+us(+us)"))).hasSize(2);
        assertThat(Voikko.morphemes("+maahanmuuttaja(maahan=muuttaja)"))
                .containsExactly(new Voikko.Morpheme("maahanmuuttaja", "maahan=muuttaja"));
    }

    @Test
    void structure_cuts_the_written_word_into_its_parts() {
        assertThat(Voikko.surfaceSegments("mielenterveyspalveluihin", "=pppppp=ppppppp=ppppppppppp"))
                .containsExactly("mielen", "terveys", "palveluihin");
        assertThat(Voikko.surfaceSegments("kela", "=pppp")).containsExactly("kela");
        assertThat(Voikko.surfaceSegments("kela", "=ppp")).isEmpty();
    }
}
