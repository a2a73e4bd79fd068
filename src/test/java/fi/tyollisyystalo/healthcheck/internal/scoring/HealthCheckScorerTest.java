package fi.tyollisyystalo.healthcheck.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.healthcheck.SampleAnswers;
import fi.tyollisyystalo.questionnaire.Section;
import fi.tyollisyystalo.questionnaire.AnswerValidator;
import fi.tyollisyystalo.healthcheck.internal.QuestionnaireRegistry;
import fi.tyollisyystalo.servicemap.Domain;

/** The whole questionnaire scored: a worked example, the conditions, and seeded random answer sets. */
class HealthCheckScorerTest {

    private static final Set<String> ALL_FEATURES = Set.of("life-situation-3x10d");
    private static Questionnaire v1;

    @BeforeAll
    static void load() throws IOException {
        v1 = new QuestionnaireRegistry(QuestionnaireRegistry.LOCATION, Clock.systemUTC()).current();
    }


    @Test
    void a_worked_example_scores_every_instrument() {
        HealthCheckResult r = HealthCheckScorer.score(v1, Set.of(), SampleAnswers.withFindings(), 41);
        assertThat(r.instruments()).extracting(i -> i.instrument() + "=" + i.value().toPlainString() + " " + i.band())
                .containsExactly("WAS=5 BELOW_7", "PHQ_2=3 POSITIVE", "GAD_2=1 NEGATIVE", "AUDIT_C=8 RISK",
                        "BMI=30.3 OBESITY_1", "FINDRISC=10 SLIGHTLY_ELEVATED");
        assertThat(r.flags()).extracting(Flag::code).containsExactly("WAS_LOW", "PHQ2_POSITIVE", "AUDIT_C_RISK",
                "BMI_OBESITY", "FINDRISC_SLIGHT", "SMOKING_DAILY", "SLEEP_POOR");
        assertThat(r.domains()).extracting(d -> d.domain() + "=" + d.score() + (d.weak() ? " weak" : ""))
                .containsExactly("WORK=4 weak", "BODY=6 weak", "MIND=3 weak", "SKILLS=7", "EVERYDAY=5 weak",
                        "INCLUSION=8");
        assertThat(r.weakDomains()).containsExactlyInAnyOrder(Domain.WORK, Domain.BODY, Domain.MIND, Domain.EVERYDAY);
        assertThat(r.offerCoordinator()).isTrue();
        assertThat(r.municipality()).isEqualTo("405");
        assertThat(r.wishes()).containsExactly("WORK", "MONEY");
        assertThat(r.lifeSituation()).isEmpty();
    }

    @Test
    void answers_to_questions_that_were_not_asked_do_not_count() {
        Map<String, String> a = SampleAnswers.withFindings();
        a.put("auditc_1", "0");           // never drinks: items 2 and 3 are not asked, their old answers stay out
        a.put("has_diabetes", "YES");     // diagnosed: no FINDRISC, the waist answer is ignored
        HealthCheckResult r = HealthCheckScorer.score(v1, Set.of(), a, 41);
        assertThat(r.instruments()).filteredOn(i -> i.instrument().equals("AUDIT_C")).singleElement()
                .satisfies(i -> assertThat(i.value().intValue()).isZero());
        assertThat(r.instruments()).extracting(InstrumentScore::instrument).doesNotContain("FINDRISC");
        assertThat(r.flags()).extracting(Flag::code).contains("DIABETES_KNOWN").doesNotContain("AUDIT_C_RISK");
        assertThat(HealthCheckScorer.askedAnswers(v1, Set.of(), a)).doesNotContainKeys("auditc_2", "auditc_3", "waist");
    }

    @Test
    void the_coordinator_is_offered_for_two_weak_domains_even_with_good_work_ability() {
        Map<String, String> a = SampleAnswers.healthy();
        a.put("domain_EVERYDAY", "4");
        assertThat(HealthCheckScorer.score(v1, Set.of(), a, 30).offerCoordinator()).isFalse();
        a.put("domain_INCLUSION", "2");
        HealthCheckResult r = HealthCheckScorer.score(v1, Set.of(), a, 30);
        assertThat(r.workAbility()).isEqualTo(9);
        assertThat(r.offerCoordinator()).isTrue();
    }

    @Test
    void a_healthy_answer_set_has_no_flags() {
        HealthCheckResult r = HealthCheckScorer.score(v1, Set.of(), SampleAnswers.healthy(), 30);
        assertThat(r.flags()).isEmpty();
        assertThat(r.weakDomains()).isEmpty();
        assertThat(r.offerCoordinator()).isFalse();
    }

    @Test
    void the_life_situation_section_counts_only_when_switched_on() {
        Map<String, String> a = SampleAnswers.healthy();
        for (String item : LifeSituation3x10D.ITEMS) {
            a.put("lsd_" + item, "9");
        }
        a.put("lsd_FINANCES", "2");
        assertThat(HealthCheckScorer.score(v1, Set.of(), a, 30).lifeSituation()).isEmpty();
        HealthCheckResult on = HealthCheckScorer.score(v1, ALL_FEATURES, a, 30);
        assertThat(on.lifeSituation()).hasSize(10);
        assertThat(on.flags()).extracting(Flag::code).containsExactly("LIFE_SITUATION_LOW");
    }

    /** Any valid answers, chosen by a seeded generator, give scores within each instrument's range. */
    @Test
    void generated_answer_sets_always_score_in_range() {
        Random random = new Random(20261123L);
        for (int run = 0; run < 2000; run++) {
            Map<String, String> answers = SampleAnswers.random(v1, ALL_FEATURES, random);
            assertThat(AnswerValidator.validateAll(v1, ALL_FEATURES, answers)).as("generated answers are valid")
                    .isEmpty();
            int age = 18 + random.nextInt(60);
            HealthCheckResult r = HealthCheckScorer.score(v1, ALL_FEATURES, answers, age);
            assertThat(r.workAbility()).isBetween(0, 10);
            assertThat(r.domains()).hasSize(6).allSatisfy(d -> assertThat(d.score()).isBetween(0, 10));
            for (InstrumentScore i : r.instruments()) {
                assertThat(i.value().signum()).as(i.instrument()).isGreaterThanOrEqualTo(0);
                if (i.max() != null) {
                    assertThat(i.value().intValue()).as(i.instrument()).isLessThanOrEqualTo(i.max());
                }
            }
            assertThat(r.instruments()).extracting(InstrumentScore::instrument)
                    .contains("WAS", "PHQ_2", "GAD_2", "AUDIT_C", "BMI");
            assertThat(r.lifeSituation()).hasSize(10);
            long weakRated = r.domains().stream().filter(DomainScore::weak).count();
            assertThat(r.offerCoordinator()).isEqualTo(r.workAbility() < 7 || r.weakDomains().size() >= 2);
            assertThat(r.weakDomains().size()).isGreaterThanOrEqualTo((int) weakRated);
        }
    }

    @Test
    void every_required_id_is_in_the_current_definition() {
        assertThat(v1.sections()).flatExtracting(Section::questions).extracting(Question::id)
                .containsAll(HealthCheckScorer.REQUIRED_IDS);
        assertThat(List.of(v1.version())).containsExactly(1);
    }
}
