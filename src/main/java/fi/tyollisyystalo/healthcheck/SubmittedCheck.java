package fi.tyollisyystalo.healthcheck;

import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.questionnaire.Section;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A submitted health check with its answers, read by its own questionnaire version, and its result. */
public record SubmittedCheck(long id, long personId, Instant submittedAt, Questionnaire questionnaire,
        List<Section> sections, Map<String, String> answers, HealthCheckResult result) {

    public SubmittedCheck {
        sections = List.copyOf(sections);
        answers = Map.copyOf(answers);
    }
}
