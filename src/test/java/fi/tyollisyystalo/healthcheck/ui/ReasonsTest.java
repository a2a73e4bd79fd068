package fi.tyollisyystalo.healthcheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.i18n.TranslationProvider;
import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.healthcheck.SampleAnswers;
import fi.tyollisyystalo.healthcheck.internal.QuestionnaireRegistry;
import fi.tyollisyystalo.healthcheck.internal.scoring.HealthCheckScorer;
import fi.tyollisyystalo.servicemap.Domain;

/** Every mark on the result says which answers led to it, in words that match the answers. */
class ReasonsTest {

    private final TranslationProvider translations = new TranslationProvider();

    private String tr(String key, Object[] args) {
        return translations.getTranslation(key, Languages.FINNISH, args);
    }

    @Test
    void a_body_rated_8_is_marked_because_of_the_weight_and_says_so() throws Exception {
        Questionnaire q = new QuestionnaireRegistry(QuestionnaireRegistry.LOCATION, Clock.systemUTC()).current();
        Map<String, String> answers = SampleAnswers.healthy();
        answers.put("domain_BODY", "8");
        answers.put("weight", "95");
        HealthCheckResult r = HealthCheckScorer.score(q, Set.of(), answers, 40);
        DomainScore body = r.domains().stream().filter(d -> d.domain() == Domain.BODY).findFirst().orElseThrow();
        assertThat(body.weak()).isTrue();
        assertThat(Reasons.domain(body, r, Languages.FINNISH, this::tr)).singleElement().asString()
                .contains("Paino voi kuormittaa terveyttä").contains("painoindeksi on 33,7")
                .doesNotContain("Arvioit tämän osa-alueen");
    }

    @Test
    void every_mark_of_generated_answer_sets_has_a_reason_without_missing_texts() throws Exception {
        Questionnaire q = new QuestionnaireRegistry(QuestionnaireRegistry.LOCATION, Clock.systemUTC()).current();
        Set<String> features = Set.of("life-situation-3x10d");
        Random random = new Random(20261206L);
        for (int run = 0; run < 500; run++) {
            HealthCheckResult r = HealthCheckScorer.score(q, features, SampleAnswers.random(q, features, random),
                    18 + random.nextInt(60));
            for (DomainScore d : r.domains()) {
                if (d.weak()) {
                    assertThat(Reasons.domain(d, r, Languages.FINNISH, this::tr)).as(d.toString()).isNotEmpty()
                            .allSatisfy(reason -> assertThat(reason).doesNotContain("!hc."));
                }
            }
            for (Flag f : r.flags()) {
                assertThat(Reasons.flag(f, r, Languages.FINNISH, this::tr)).as(f.code()).isNotBlank()
                        .doesNotContain("!hc.").doesNotContain("{");
            }
        }
    }
}
