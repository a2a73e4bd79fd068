package fi.tyollisyystalo.healthcheck.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.questionnaire.FormVersions;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.questionnaire.QuestionnaireFiles;
import fi.tyollisyystalo.healthcheck.internal.scoring.HealthCheckScorer;

/**
 * Every published questionnaire version, loaded once at start from {@code healthcheck/questionnaires/*.json}.
 * A file that breaks a rule (duplicate ids, a condition on a later question, a missing translation,
 * an id the scorer needs) stops the start with a message naming the file, so a bad version never
 * reaches residents.
 */
@Component
public class QuestionnaireRegistry {

    public static final String LOCATION = "classpath*:healthcheck/questionnaires/*.json";

    private final FormVersions versions;

    @Autowired
    QuestionnaireRegistry(Clock clock) throws IOException {
        this(LOCATION, clock);
    }

    public QuestionnaireRegistry(String location, Clock clock) throws IOException {
        this.versions = new FormVersions(location, QuestionnaireRegistry::ownProblems, clock);
    }

    /** The newest version of the health check published on or before today. */
    public Questionnaire current() {
        return versions.current("health-check")
                .orElseThrow(() -> new IllegalStateException("No questionnaire published yet"));
    }

    public Optional<Questionnaire> version(String id, int version) {
        return versions.version(id, version);
    }

    public List<Questionnaire> all() {
        return versions.all();
    }

    /** What is wrong with a definition; empty when it can be published. */
    public static List<String> problems(Questionnaire q) {
        List<String> problems = new ArrayList<>(QuestionnaireFiles.problems(q));
        problems.addAll(ownProblems(q));
        return problems;
    }

    /** The health check's own rule: every id the scorer needs is there. */
    private static List<String> ownProblems(Questionnaire q) {
        return QuestionnaireFiles.missing(q, HealthCheckScorer.REQUIRED_IDS, "the scorer needs it");
    }
}
