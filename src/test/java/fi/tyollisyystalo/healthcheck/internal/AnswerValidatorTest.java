package fi.tyollisyystalo.healthcheck.internal;

import fi.tyollisyystalo.questionnaire.AnswerValidator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.tyollisyystalo.questionnaire.AnswerError;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.Questionnaire;

/** Wrong answers get a message key with the numbers the message needs; nothing is changed. */
class AnswerValidatorTest {

    private static Questionnaire v1;

    @BeforeAll
    static void load() throws IOException {
        v1 = new QuestionnaireRegistry(QuestionnaireRegistry.LOCATION, Clock.systemUTC()).current();
    }

    private static Optional<AnswerError> check(String id, String value) {
        Question q = v1.question(id).orElseThrow();
        return AnswerValidator.validate("section", q, value);
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource(delimiter = '|', value = {
        "height|0|hc.error.range",
        "height|300|hc.error.range",
        "height|abc|hc.error.number",
        "height|170.5|hc.error.number.whole",
        "height|175,5|hc.error.number.whole",
        "height|175,0|",
        "height|170|",
        "height| 170 |",
        "weight|1000|hc.error.range",
        "weight|72,5|",
        "weight|72.55|hc.error.number",
        "weight||hc.error.required.enter",
        "was|11|hc.error.choose",
        "was|7|",
        "sex|SOMETHING|hc.error.choose",
        "sex||hc.error.required.choose",
        "has_diabetes|MAYBE|hc.error.choose",
        "wishes|WORK,NOPE|hc.error.choose",
        "wishes|WORK,MONEY|",
        "wishes||",
    })
    void answers_are_checked_against_their_question(String id, String value, String expectedKey) {
        assertThat(check(id, value == null ? "" : value).map(AnswerError::messageKey).orElse(null))
                .isEqualTo(expectedKey);
    }

    @Test
    void a_range_error_carries_the_range_and_unit() {
        assertThat(check("height", "300")).get().satisfies(e -> {
            assertThat(e.args()).containsExactly(80, 250, "cm");
            assertThat(e.questionId()).isEqualTo("height");
        });
    }

    @Test
    void too_long_text_is_reported_with_its_length_not_cut() {
        String text = "a".repeat(10_000);
        assertThat(check("wishes_text", text)).get().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("hc.error.text.long");
            assertThat(e.args()).containsExactly(2000, 10_000);
        });
    }

    @Test
    void skipped_required_questions_of_a_page_are_all_listed_and_unasked_ones_are_not() {
        var alcohol = v1.section("alcohol").orElseThrow();
        assertThat(AnswerValidator.validateSection(alcohol, Map.of())).extracting(AnswerError::questionId)
                .containsExactly("auditc_1");
        assertThat(AnswerValidator.validateSection(alcohol, Map.of("auditc_1", "2")))
                .extracting(AnswerError::questionId).containsExactly("auditc_2", "auditc_3");
    }
}
