package fi.tyollisyystalo.healthcheck.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.Severity;
import fi.tyollisyystalo.servicemap.Domain;

/** Each instrument against its published scoring table and cut-offs (DOMAIN.md "Health check instruments"). */
class InstrumentsTest {

    @ParameterizedTest(name = "AUDIT-C {0}+{1}+{2}, {3} aged {4}: {5} → {6}")
    @CsvSource({
        // THL / Käypä hoito: men 20–64 ≥ 6, women 20–64 ≥ 5, everyone 65+ ≥ 4
        "4, 4, 4, MALE, 40, 12, RISK",
        "2, 2, 2, MALE, 40, 6, RISK",
        "2, 2, 1, MALE, 40, 5, BELOW_RISK",
        "2, 2, 1, FEMALE, 40, 5, RISK",
        "2, 1, 1, FEMALE, 40, 4, BELOW_RISK",
        "2, 1, 1, MALE, 65, 4, RISK",
        "2, 1, 1, FEMALE, 70, 4, RISK",
        "1, 1, 1, MALE, 65, 3, BELOW_RISK",
        "2, 2, 2, MALE, 64, 6, RISK",
        "2, 2, 1, MALE, 64, 5, BELOW_RISK",
        // not covered by the published limits: the stricter limit 5
        "2, 2, 1, MALE, 19, 5, RISK",
        "2, 2, 1, OTHER, 30, 5, RISK",
        "2, 1, 1, OTHER, 30, 4, BELOW_RISK",
        // "never" scores 0 whatever was left in items 2 and 3
        "0, 4, 4, MALE, 40, 0, BELOW_RISK",
    })
    void audit_c_uses_the_finnish_sex_and_age_specific_limits(int q1, int q2, int q3, Sex sex, int age, int total,
            String band) {
        InstrumentScore s = AuditC.score(q1, q2, q3, sex, age);
        assertThat(s.value().intValue()).isEqualTo(total);
        assertThat(s.band()).isEqualTo(band);
        assertThat(s.max()).isEqualTo(12);
    }

    @ParameterizedTest(name = "PHQ-2 {0}+{1} = {2} {3}")
    @CsvSource({"0, 0, 0, NEGATIVE", "1, 1, 2, NEGATIVE", "2, 1, 3, POSITIVE", "0, 3, 3, POSITIVE",
        "3, 3, 6, POSITIVE"})
    void phq_2_is_positive_from_3(int a, int b, int total, String band) {
        assertThat(Phq2.score(a, b).value().intValue()).isEqualTo(total);
        assertThat(Phq2.score(a, b).band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "GAD-2 {0}+{1} = {2} {3}")
    @CsvSource({"0, 0, 0, NEGATIVE", "1, 1, 2, NEGATIVE", "1, 2, 3, POSITIVE", "3, 3, 6, POSITIVE"})
    void gad_2_is_positive_from_3(int a, int b, int total, String band) {
        assertThat(Gad2.score(a, b).value().intValue()).isEqualTo(total);
        assertThat(Gad2.score(a, b).band()).isEqualTo(band);
    }

    @Test
    void item_values_outside_their_scale_are_refused_not_clamped() {
        assertThatThrownBy(() -> Phq2.score(4, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gad2.score(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditC.score(5, 0, 0, Sex.MALE, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkAbilityScore.score(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LifeSituation3x10D.score(Map.of("HEALTH", 11)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "WAS {0} → {1}")
    @CsvSource({"0, BELOW_7", "6, BELOW_7", "7, 7_OR_MORE", "10, 7_OR_MORE"})
    void work_ability_score_under_7_offers_the_coordinator(int was, String band) {
        assertThat(WorkAbilityScore.score(was).band()).isEqualTo(band);
        assertThat(WorkAbilityScore.isLow(was)).isEqualTo(was < 7);
    }

    @ParameterizedTest(name = "BMI {0} cm {1} kg = {2} {3}")
    @CsvSource({"178, 96, 30.3, OBESITY_1", "170, 72.25, 25.0, OVERWEIGHT", "180, 59.9, 18.5, NORMAL_WEIGHT",
        "180, 59.5, 18.4, UNDERWEIGHT", "160, 89.6, 35.0, OBESITY_2", "160, 102.4, 40.0, OBESITY_3",
        "190, 89.9, 24.9, NORMAL_WEIGHT", "165, 81.5, 29.9, OVERWEIGHT"})
    void bmi_has_one_decimal_and_the_who_classes(String height, String weight, String bmi, String band) {
        InstrumentScore s = Bmi.score(new BigDecimal(height), new BigDecimal(weight));
        assertThat(s.value()).isEqualByComparingTo(bmi);
        assertThat(s.band()).isEqualTo(band);
    }

    @Test
    void findrisc_maximum_and_minimum() {
        var max = Findrisc.score(new Findrisc.Input(70, new BigDecimal("35"), 110, Sex.MALE, false, false, true,
                true, Findrisc.Family.FIRST_DEGREE));
        assertThat(max.value().intValue()).isEqualTo(26);
        assertThat(max.band()).isEqualTo("VERY_HIGH");
        var min = Findrisc.score(new Findrisc.Input(30, new BigDecimal("22"), 70, Sex.FEMALE, true, true, false,
                false, Findrisc.Family.NONE));
        assertThat(min.value().intValue()).isZero();
        assertThat(min.band()).isEqualTo("LOW");
    }

    @ParameterizedTest(name = "age {0} → {1}")
    @CsvSource({"30, 0", "44, 0", "45, 2", "54, 2", "55, 3", "64, 3", "65, 4", "90, 4"})
    void findrisc_age_points(int age, int points) {
        assertThat(Findrisc.agePoints(age)).isEqualTo(points);
    }

    @ParameterizedTest(name = "BMI {0} → {1}")
    @CsvSource({"24.9, 0", "25.0, 1", "27.5, 1", "30.0, 1", "30.1, 3", "45, 3"})
    void findrisc_bmi_points(String bmi, int points) {
        assertThat(Findrisc.bmiPoints(new BigDecimal(bmi))).isEqualTo(points);
    }

    @ParameterizedTest(name = "waist {0} cm {1} → {2}")
    @CsvSource({"93, MALE, 0", "94, MALE, 3", "102, MALE, 3", "103, MALE, 4", "79, FEMALE, 0", "80, FEMALE, 3",
        "88, FEMALE, 3", "89, FEMALE, 4", "85, OTHER, 3", "93, OTHER, 4"})
    void findrisc_waist_points_by_sex(int waist, Sex sex, int points) {
        assertThat(Findrisc.waistPoints(waist, sex)).isEqualTo(points);
    }

    @ParameterizedTest(name = "{0} points → {1}")
    @CsvSource({"0, LOW", "6, LOW", "7, SLIGHTLY_ELEVATED", "11, SLIGHTLY_ELEVATED", "12, MODERATE", "14, MODERATE",
        "15, HIGH", "20, HIGH", "21, VERY_HIGH", "26, VERY_HIGH"})
    void findrisc_bands(int points, String band) {
        assertThat(Findrisc.band(points)).isEqualTo(band);
    }

    @Test
    void findrisc_adds_every_item_as_published() {
        // 50 years (2) + BMI 27 (1) + man 100 cm (3) + inactive (2) + vegetables daily (0) + blood pressure
        // medication (2) + no high glucose (0) + grandparent with diabetes (3) = 13, moderate
        var s = Findrisc.score(new Findrisc.Input(50, new BigDecimal("27"), 100, Sex.MALE, false, true, true, false,
                Findrisc.Family.SECOND_DEGREE));
        assertThat(s.value().intValue()).isEqualTo(13);
        assertThat(s.band()).isEqualTo("MODERATE");
    }

    @ParameterizedTest(name = "3X10D {0} → {1}")
    @CsvSource({"0, DISSATISFIED", "5, DISSATISFIED", "6, MODERATE", "7, MODERATE", "8, SATISFIED", "10, SATISFIED"})
    void life_situation_items_are_banded_without_a_total(int score, String band) {
        assertThat(LifeSituation3x10D.band(score)).isEqualTo(band);
        assertThat(LifeSituation3x10D.score(Map.of("HOUSING", score))).singleElement()
                .satisfies(i -> assertThat(i.band()).isEqualTo(band));
    }

    @Test
    void a_domain_is_weak_at_5_or_less_or_when_a_screening_points_to_it() {
        var scores = DomainSelfRating.score(Map.of(Domain.WORK, 5, Domain.BODY, 6, Domain.MIND, 8, Domain.SKILLS, 8),
                List.of(new Flag("PHQ2_POSITIVE", Severity.ATTENTION, Domain.MIND),
                        new Flag("SMOKING_DAILY", Severity.INFO, Domain.SKILLS)));
        assertThat(scores).extracting(s -> s.domain() + "=" + s.weak())
                .containsExactly("WORK=true", "BODY=false", "MIND=true", "SKILLS=false");
    }
}
