package fi.tyollisyystalo.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.healthcheck.HealthCheckFeatures;
import fi.tyollisyystalo.healthcheck.internal.QuestionnaireRegistry;
import fi.tyollisyystalo.questionnaire.AnswerError;
import fi.tyollisyystalo.questionnaire.AnswerValidator;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.QuestionType;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.questionnaire.QuestionnaireFiles;

/**
 * The follow-up forms are versioned data on the questionnaire engine: the shipped form passes the engine's rules
 * and the chart's (the health check's own work-ability and domain questions, 0–10), answers are validated as the
 * health check's are, and a broken file stops the start naming it.
 */
class FollowUpFormRegistryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void the_interim_form_is_published_in_three_languages_and_asks_what_the_health_check_asks() throws IOException {
        var registry = new FollowUpFormRegistry(FollowUpFormRegistry.LOCATION, clockAt("2027-03-01T10:00:00Z"));
        Questionnaire form = registry.current(FollowUpForms.INTERIM).orElseThrow();
        assertThat(form.version()).isEqualTo(1);
        assertThat(QuestionnaireFiles.problems(form)).isEmpty();
        assertThat(FollowUpFormRegistry.ownProblems(form)).isEmpty();
        // the same questions, with the same words, as the health check: the numbers compare
        Questionnaire healthCheck = new QuestionnaireRegistry(QuestionnaireRegistry.LOCATION, Clock.systemUTC())
                .current();
        for (String id : new String[] {"was", "domain_WORK", "domain_BODY", "domain_MIND", "domain_SKILLS",
                "domain_EVERYDAY", "domain_INCLUSION"}) {
            Question mine = form.question(id).orElseThrow();
            Question theirs = healthCheck.question(id).orElseThrow();
            assertThat(mine.type()).isEqualTo(QuestionType.SCALE);
            assertThat(mine.text()).isEqualTo(theirs.text());
            assertThat(mine.minValue()).isEqualTo(theirs.minValue());
            assertThat(mine.maxValue()).isEqualTo(theirs.maxValue());
        }
        // the own words are limited and optional
        Question words = form.question("own_words").orElseThrow();
        assertThat(words.required()).isFalse();
        assertThat(words.textLimit()).isEqualTo(1000);
    }

    @Test
    void answers_are_checked_against_the_form_at_the_field() throws IOException {
        Questionnaire form = new FollowUpFormRegistry(FollowUpFormRegistry.LOCATION, Clock.systemUTC())
                .current(FollowUpForms.INTERIM).orElseThrow();
        Map<String, String> answers = valid();
        assertThat(AnswerValidator.validateAll(form, Set.of(), answers)).isEmpty();
        answers.put("was", "11");
        answers.remove("domain_MIND");
        answers.put("changed", "EVERYDAY,UNKNOWN");
        answers.remove("helped");
        answers.put("own_words", "x".repeat(1001));
        assertThat(AnswerValidator.validateAll(form, Set.of(), answers)).extracting(AnswerError::questionId,
                AnswerError::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("was", "hc.error.choose"),
                        org.assertj.core.groups.Tuple.tuple("domain_MIND", "hc.error.required.choose"),
                        org.assertj.core.groups.Tuple.tuple("changed", "hc.error.choose"),
                        org.assertj.core.groups.Tuple.tuple("helped", "hc.error.required.choose"),
                        org.assertj.core.groups.Tuple.tuple("own_words", "hc.error.text.long"));
    }

    @Test
    void a_form_without_a_domain_or_with_another_scale_stops_the_start_naming_the_file() throws IOException {
        ObjectNode broken = interim();
        ArrayNode domains = (ArrayNode) broken.get("sections").get(1).get("questions");
        domains.remove(2); // domain_MIND
        ((ObjectNode) broken.get("sections").get(0).get("questions").get(0)).put("max", 5);
        ((ObjectNode) broken.get("sections").get(2).get("questions").get(0)).put("required", true);
        Files.writeString(dir.resolve("followup-broken.json"), JSON.writeValueAsString(broken));
        assertThatThrownBy(() -> new FollowUpFormRegistry("file:" + dir + "/*.json", Clock.systemUTC()))
                .hasMessageContaining("followup-broken.json")
                .hasMessageContaining("question domain_MIND is missing (the chart of change needs it)")
                .hasMessageContaining("question was must be a SCALE from 0 to 10")
                .hasMessageContaining("question changed is a multiple choice and cannot be required");
    }

    @Test
    void a_missing_translation_or_a_second_file_of_the_same_version_stops_the_start() throws IOException {
        ObjectNode v1 = interim();
        Files.writeString(dir.resolve("a.json"), JSON.writeValueAsString(v1));
        ObjectNode again = v1.deepCopy();
        ((ObjectNode) again.get("sections").get(2).get("title")).remove("sv");
        Files.writeString(dir.resolve("b.json"), JSON.writeValueAsString(again));
        assertThatThrownBy(() -> new FollowUpFormRegistry("file:" + dir + "/*.json", Clock.systemUTC()))
                .hasMessageContaining("b.json")
                .hasMessageContaining("section change title needs fi, sv and en")
                .hasMessageContaining("followup-interim version 1 is defined twice");
    }

    @Test
    void a_form_not_on_the_chart_needs_no_measures_and_a_new_version_takes_over_on_its_day() throws IOException {
        ObjectNode prem = JSON.createObjectNode().put("id", "prem-visit").put("version", 1)
                .put("publishedOn", "2027-01-01").put("minutes", 2);
        prem.set("sections", JSON.readTree("""
                [{"id": "visit", "title": {"fi": "Käynti", "sv": "Besöket", "en": "The visit"}, "questions": [
                  {"id": "useful", "type": "SCALE", "required": true, "min": 1, "max": 5,
                   "text": {"fi": "Oliko käynnistä hyötyä?", "sv": "Var besöket till nytta?", "en": "Was the visit useful?"}}
                ]}]"""));
        Files.writeString(dir.resolve("prem-visit-v1.json"), JSON.writeValueAsString(prem));
        ObjectNode v1 = interim();
        Files.writeString(dir.resolve("followup-interim-v1.json"), JSON.writeValueAsString(v1));
        ObjectNode v2 = v1.deepCopy().put("version", 2).put("publishedOn", "2027-06-01");
        Files.writeString(dir.resolve("followup-interim-v2.json"), JSON.writeValueAsString(v2));
        var before = new FollowUpFormRegistry("file:" + dir + "/*.json", clockAt("2027-05-31T20:00:00Z"));
        var after = new FollowUpFormRegistry("file:" + dir + "/*.json", clockAt("2027-05-31T21:00:00Z"));
        // midnight in Helsinki, whatever the server's zone
        assertThat(before.current(FollowUpForms.INTERIM).orElseThrow().version()).isEqualTo(1);
        assertThat(after.current(FollowUpForms.INTERIM).orElseThrow().version()).isEqualTo(2);
        assertThat(after.version(FollowUpForms.INTERIM, 1)).isPresent();
        assertThat(after.current("prem-visit").orElseThrow().question("useful")).isPresent();
    }

    @Test
    void the_outcome_form_asks_the_charted_measures_the_employment_situation_and_3x10d_only_with_its_switch()
            throws IOException {
        var registry = new FollowUpFormRegistry(FollowUpFormRegistry.LOCATION, clockAt("2027-03-01T10:00:00Z"));
        Questionnaire prom = registry.current(FollowUpForms.PROM).orElseThrow();
        assertThat(QuestionnaireFiles.problems(prom)).isEmpty();
        assertThat(FollowUpFormRegistry.ownProblems(prom)).isEmpty();
        Questionnaire interim = registry.current(FollowUpForms.INTERIM).orElseThrow();
        for (String id : new String[] {"was", "domain_WORK", "domain_BODY", "domain_MIND", "domain_SKILLS",
                "domain_EVERYDAY", "domain_INCLUSION"}) {
            assertThat(prom.question(id).orElseThrow()).isEqualTo(interim.question(id).orElseThrow());
        }
        assertThat(prom.question(FollowUpForms.EMPLOYMENT).orElseThrow().options()).extracting(o -> o.code())
                .containsExactlyElementsOf(FollowUpForms.EMPLOYMENT_CODES);
        String[] x3 = {"x3_health", "x3_difficulties", "x3_housing", "x3_daily", "x3_family", "x3_friends",
                "x3_finances", "x3_strengths", "x3_self_esteem", "x3_life"};
        // switch off: not asked, and an answer without them is whole
        Set<String> off = Set.of();
        Set<String> on = Set.of(HealthCheckFeatures.LIFE_SITUATION_3X10D);
        assertThat(prom.sections(off).stream().flatMap(s -> s.questions().stream()).map(Question::id))
                .doesNotContain(x3);
        Map<String, String> answers = valid();
        answers.remove("changed");
        answers.remove("helped");
        answers.put(FollowUpForms.EMPLOYMENT, "STUDYING");
        assertThat(AnswerValidator.validateAll(prom, off, answers)).isEmpty();
        // switch on: all ten, 0–10, required
        assertThat(prom.sections(on).stream().flatMap(s -> s.questions().stream()).map(Question::id)).contains(x3);
        assertThat(AnswerValidator.validateAll(prom, on, answers)).extracting(AnswerError::questionId)
                .containsExactly(x3);
        for (String id : x3) {
            Question q = prom.question(id).orElseThrow();
            assertThat(q.type()).isEqualTo(QuestionType.SCALE);
            assertThat(q.minValue()).isZero();
            assertThat(q.maxValue()).isEqualTo(10);
            answers.put(id, "4");
        }
        assertThat(AnswerValidator.validateAll(prom, on, answers)).isEmpty();
        answers.put(FollowUpForms.EMPLOYMENT, "ASTRONAUT");
        assertThat(AnswerValidator.validateAll(prom, on, answers)).extracting(AnswerError::questionId)
                .containsExactly(FollowUpForms.EMPLOYMENT);
    }

    @Test
    void the_experience_and_stakeholder_forms_store_each_statement_as_a_number_from_1_to_5() throws IOException {
        var registry = new FollowUpFormRegistry(FollowUpFormRegistry.LOCATION, clockAt("2027-03-01T10:00:00Z"));
        Questionnaire prem = registry.current(FollowUpForms.PREM).orElseThrow();
        Questionnaire stakeholder = registry.current(FollowUpForms.STAKEHOLDER).orElseThrow();
        for (Questionnaire form : new Questionnaire[] {prem, stakeholder}) {
            assertThat(QuestionnaireFiles.problems(form)).isEmpty();
            assertThat(FollowUpFormRegistry.ownProblems(form)).isEmpty();
        }
        Map<String, String> answers = new HashMap<>();
        FollowUpForms.PREM_ITEMS.forEach(id -> answers.put(id, "4"));
        answers.put("prem_text", "Kiitos!");
        assertThat(AnswerValidator.validateAll(prem, Set.of(), answers)).isEmpty();
        // each statement may be skipped; a value outside 1–5 is refused at its field
        answers.remove("prem_useful");
        answers.put("prem_coping", "0");
        answers.put("prem_text", "x".repeat(1001));
        assertThat(AnswerValidator.validateAll(prem, Set.of(), answers)).extracting(AnswerError::questionId)
                .containsExactly("prem_coping", "prem_text");
        Map<String, String> sh = new HashMap<>();
        FollowUpForms.STAKEHOLDER_ITEMS.forEach(id -> sh.put(id, "5"));
        assertThat(AnswerValidator.validateAll(stakeholder, Set.of(), sh)).isEmpty();
        sh.remove("sh_effective");
        assertThat(AnswerValidator.validateAll(stakeholder, Set.of(), sh)).extracting(AnswerError::questionId)
                .containsExactly("sh_effective");
    }

    @Test
    void an_experience_form_whose_statement_is_not_1_to_5_stops_the_start() throws IOException {
        ObjectNode prem;
        try (InputStream in = FollowUpFormRegistryTest.class
                .getResourceAsStream("/followup/questionnaires/prem-v1.json")) {
            prem = (ObjectNode) JSON.readTree(in);
        }
        ArrayNode questions = (ArrayNode) prem.get("sections").get(0).get("questions");
        ((ObjectNode) questions.get(1)).put("type", "SCALE").put("min", 0).put("max", 10);
        questions.remove(4); // prem_continues
        Files.writeString(dir.resolve("prem-v1.json"), JSON.writeValueAsString(prem));
        assertThatThrownBy(() -> new FollowUpFormRegistry("file:" + dir + "/*.json", Clock.systemUTC()))
                .hasMessageContaining("prem-v1.json")
                .hasMessageContaining("question prem_continues is missing (the statistics read it)")
                .hasMessageContaining("question prem_useful must be a SINGLE choice of 1, 2, 3, 4 and 5");
    }

    static Map<String, String> valid() {
        Map<String, String> answers = new HashMap<>();
        answers.put("was", "6");
        for (String d : new String[] {"WORK", "BODY", "MIND", "SKILLS", "EVERYDAY", "INCLUSION"}) {
            answers.put("domain_" + d, "5");
        }
        answers.put("changed", "EVERYDAY,PEOPLE");
        answers.put("helped", "SOME");
        return answers;
    }

    private static ObjectNode interim() throws IOException {
        try (InputStream in = FollowUpFormRegistryTest.class
                .getResourceAsStream("/followup/questionnaires/followup-interim-v1.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
