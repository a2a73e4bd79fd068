package fi.tyollisyystalo.healthcheck.internal;

import fi.tyollisyystalo.questionnaire.AnswerValidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.healthcheck.internal.scoring.HealthCheckScorer;
import fi.tyollisyystalo.healthcheck.SampleAnswers;

/** Questionnaire versions are data: checked when loaded, chosen by publication date, old ones kept. */
class QuestionnaireRegistryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void the_shipped_definitions_have_no_problems() throws IOException {
        var registry = new QuestionnaireRegistry(QuestionnaireRegistry.LOCATION, Clock.systemUTC());
        assertThat(registry.all()).isNotEmpty()
                .allSatisfy(q -> assertThat(QuestionnaireRegistry.problems(q)).isEmpty());
    }

    @Test
    void a_new_version_takes_over_on_its_publication_day_and_old_answers_stay_scored_by_theirs() throws IOException {
        ObjectNode v1 = v1();
        Files.writeString(dir.resolve("health-check-v1.json"), JSON.writeValueAsString(v1));
        ObjectNode v2 = v1.deepCopy();
        v2.put("version", 2).put("publishedOn", "2027-01-15");
        // version 2 asks work ability on a 0–10 scale that starts at 1 and drops the "living" question
        ArrayNode sections = (ArrayNode) v2.get("sections");
        ((ArrayNode) sections.get(0).get("questions")).remove(3);
        ((ObjectNode) sections.get(1).get("questions").get(0)).put("min", 1);
        Files.writeString(dir.resolve("health-check-v2.json"), JSON.writeValueAsString(v2));

        String location = "file:" + dir + "/*.json";
        var before = new QuestionnaireRegistry(location, clockAt("2027-01-14T12:00:00Z"));
        var after = new QuestionnaireRegistry(location, clockAt("2027-01-15T12:00:00Z"));
        assertThat(before.current().version()).isEqualTo(1);
        assertThat(after.current().version()).isEqualTo(2);

        Questionnaire old = after.version("health-check", 1).orElseThrow();
        var answers = SampleAnswers.withFindings();
        answers.put("was", "0");
        answers.put("living", "ALONE");
        assertThat(AnswerValidator.validateAll(old, Set.of(), answers)).isEmpty();
        assertThat(AnswerValidator.validateAll(after.current(), Set.of(), answers))
                .extracting(e -> e.questionId()).containsExactly("was");
        assertThat(HealthCheckScorer.score(old, Set.of(), answers, 41).workAbility()).isZero();
        assertThat(old.question("living")).isPresent();
        assertThat(after.current().question("living")).isEmpty();
    }

    @Test
    void a_broken_definition_stops_the_start_with_its_problems() throws IOException {
        ObjectNode broken = v1();
        ObjectNode first = (ObjectNode) broken.get("sections").get(0).get("questions").get(0);
        ((ObjectNode) first.get("text")).remove("sv");
        first.set("when", JSON.valueToTree(Map.of("question", "was", "in", java.util.List.of("1"))));
        ((ArrayNode) broken.get("sections").get(2).get("questions")).remove(0);
        Files.writeString(dir.resolve("broken.json"), JSON.writeValueAsString(broken));
        assertThatThrownBy(() -> new QuestionnaireRegistry("file:" + dir + "/*.json", Clock.systemUTC()))
                .hasMessageContaining("broken.json")
                .hasMessageContaining("question municipality needs fi, sv and en")
                .hasMessageContaining("depends on was, which is not an earlier question");
    }

    private static ObjectNode v1() throws IOException {
        try (InputStream in = QuestionnaireRegistryTest.class
                .getResourceAsStream("/healthcheck/questionnaires/health-check-v1.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
