package fi.tyollisyystalo.healthcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.healthcheck.Severity;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.ServiceHit;

/** A suggestion never contradicts the answers: guarded topics need a flag or a weak own rating behind them. */
class RecommendationTopicsTest {

    private static final ServiceHit QUIT_SMOKING = hit("Tupakoinnin lopettamisen tuki", "Apua nikotiiniriippuvuuteen.");
    private static final ServiceHit REHAB_DAYS = hit("Mielenterveyskuntoutujien päivätoiminta",
            "Päivätoimintaa kuntoutujille.");
    private static final ServiceHit MENTAL_AND_SUBSTANCE = hit("Mielenterveys- ja päihdepalvelut",
            "Tukea mielen hyvinvointiin ja päihteiden käyttöön.");
    private static final ServiceHit EXERCISE = hit("Liikuntaneuvonta", "Liikkumisen aloittaminen ohjatusti.");

    private static ServiceHit hit(String name, String summary) {
        return new ServiceHit(1, new LocalizedText(name, null, null), new LocalizedText(summary, null, null),
                LocalizedText.EMPTY, OrganisationType.WELLBEING_COUNTY, Set.of(Domain.BODY), Set.of(), ChargeType.FREE);
    }

    private static HealthCheckResult result(List<DomainScore> domains, Flag... flags) {
        return new HealthCheckResult(1, 8, domains, List.of(), List.of(flags), Set.of(), false, "405", List.of(),
                List.of());
    }

    private static final List<DomainScore> FINE = List.of(new DomainScore(Domain.BODY, 8, true),
            new DomainScore(Domain.MIND, 8, false));

    @Test
    void a_non_smoker_with_an_obesity_flag_gets_no_smoking_cessation() {
        HealthCheckResult r = result(FINE, new Flag("BMI_OBESITY", Severity.ATTENTION, Domain.BODY));
        assertThat(RecommendationTopics.supported(QUIT_SMOKING, r)).isFalse();
        assertThat(RecommendationTopics.supported(EXERCISE, r)).isTrue();
    }

    @Test
    void a_daily_smoker_gets_smoking_cessation() {
        HealthCheckResult r = result(FINE, new Flag("SMOKING_DAILY", Severity.INFO, Domain.BODY));
        assertThat(RecommendationTopics.supported(QUIT_SMOKING, r)).isTrue();
    }

    @Test
    void someone_who_rated_mind_8_and_screened_negative_gets_no_mental_health_rehabilitation() {
        HealthCheckResult risky = result(FINE, new Flag("AUDIT_C_RISK", Severity.ATTENTION, Domain.MIND));
        assertThat(RecommendationTopics.supported(REHAB_DAYS, result(FINE))).isFalse();
        assertThat(RecommendationTopics.supported(REHAB_DAYS, risky)).as("alcohol is not mental health").isFalse();
        assertThat(RecommendationTopics.supported(MENTAL_AND_SUBSTANCE, risky)).as("but it fits the alcohol part")
                .isTrue();
        assertThat(RecommendationTopics.supported(MENTAL_AND_SUBSTANCE, result(FINE))).isFalse();
    }

    @Test
    void a_low_mood_screen_or_a_weak_own_rating_of_mind_supports_mental_health_services() {
        assertThat(RecommendationTopics.supported(REHAB_DAYS,
                result(FINE, new Flag("PHQ2_POSITIVE", Severity.ATTENTION, Domain.MIND)))).isTrue();
        assertThat(RecommendationTopics.supported(REHAB_DAYS,
                result(List.of(new DomainScore(Domain.MIND, 4, true))))).isTrue();
    }
}
