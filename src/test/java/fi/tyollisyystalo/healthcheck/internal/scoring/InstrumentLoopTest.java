package fi.tyollisyystalo.healthcheck.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.healthcheck.SampleAnswers;
import fi.tyollisyystalo.healthcheck.internal.QuestionnaireRegistry;

/** The scorer runs every instrument there is, and what each finds reaches the result. */
class InstrumentLoopTest {

    private static final Set<String> ALL_FEATURES = Set.of("life-situation-3x10d");
    private static Questionnaire v1;

    @BeforeAll
    static void load() throws IOException {
        v1 = new QuestionnaireRegistry(QuestionnaireRegistry.LOCATION, Clock.systemUTC()).current();
    }

    /** Every answer of the questionnaire with all its sections switched on, with findings. */
    private static Map<String, String> complete() {
        Map<String, String> a = SampleAnswers.withFindings();
        LifeSituation3x10D.ITEMS.forEach(item -> a.put(HealthCheckScorer.LIFE_PREFIX + item, "7"));
        a.put(HealthCheckScorer.LIFE_PREFIX + "FINANCES", "3");
        return a;
    }

    private static List<InstrumentResult> assess(Map<String, String> answers) {
        Map<String, String> asked = HealthCheckScorer.askedAnswers(v1, ALL_FEATURES, answers);
        return HealthCheckScorer.assess(new Respondent(asked, 41, Sex.fromAnswer(asked.get(HealthCheckScorer.SEX))));
    }

    @Test
    void every_kind_of_instrument_is_in_the_scorers_list() {
        Set<Class<?>> inTheList = HealthCheckScorer.INSTRUMENTS.stream().map(Object::getClass)
                .collect(Collectors.toSet());
        assertThat(inTheList).containsAll(Arrays.asList(Instrument.class.getPermittedSubclasses()));
    }

    @Test
    void a_complete_answer_set_gets_a_result_from_every_instrument_in_the_list() {
        List<InstrumentResult> results = assess(complete());
        assertThat(results).hasSameSizeAs(HealthCheckScorer.INSTRUMENTS).extracting(InstrumentResult::instrument)
                .containsExactly("WAS", "PHQ_2", "GAD_2", "AUDIT_C", "BMI", "FINDRISC", "smoking", "sleep", "3X10D",
                        "DOMAIN_SELF_RATING");
    }

    @Test
    void whatever_an_instrument_finds_reaches_the_result() {
        HealthCheckResult result = HealthCheckScorer.score(v1, ALL_FEATURES, complete(), 41);
        for (InstrumentResult r : assess(complete())) {
            if (r.score() != null) {
                assertThat(result.instruments()).as(r.instrument()).contains(r.score());
            }
            assertThat(result.flags()).as(r.instrument()).containsAll(r.flags());
            assertThat(result.lifeSituation()).as(r.instrument()).containsAll(r.lifeSituation());
            assertThat(result.domains()).extracting(DomainScore::domain).as(r.instrument())
                    .containsAll(r.ratings().stream().map(DomainScore::domain).toList());
        }
        assertThat(result.lifeSituation()).hasSize(10);
        assertThat(result.flags()).extracting(Flag::code).contains("LIFE_SITUATION_LOW");
    }

    @Test
    void each_instrument_carries_the_flags_its_own_score_raises() {
        assertThat(assess(complete())).filteredOn(r -> r.score() != null)
                .extracting(r -> Objects.requireNonNull(r.score()).band() + " "
                        + r.flags().stream().map(Flag::code).toList())
                .containsExactly("BELOW_7 [WAS_LOW]", "POSITIVE [PHQ2_POSITIVE]", "NEGATIVE []", "RISK [AUDIT_C_RISK]",
                        "OBESITY_1 [BMI_OBESITY]", "SLIGHTLY_ELEVATED [FINDRISC_SLIGHT]");
    }

    @Test
    void an_instrument_with_an_unanswered_item_is_left_out_not_guessed() {
        Map<String, String> a = complete();
        a.remove("phq2_2");
        a.remove("waist");
        assertThat(assess(a)).extracting(InstrumentResult::instrument).doesNotContain("PHQ_2", "FINDRISC")
                .contains("GAD_2", "BMI");
    }
}
