package fi.tyollisyystalo.healthcheck.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.time.HelsinkiTime;
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

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireRegistry.class);

    private final List<Questionnaire> versions;
    private final Clock clock;

    @Autowired
    QuestionnaireRegistry(Clock clock) throws IOException {
        this(LOCATION, clock);
    }

    public QuestionnaireRegistry(String location, Clock clock) throws IOException {
        this.clock = clock;
        this.versions = QuestionnaireFiles.load(location, QuestionnaireRegistry::ownProblems);
        log.info("Loaded {} questionnaire versions: {}", versions.size(),
                versions.stream().map(q -> q.id() + " v" + q.version()).toList());
    }

    /** The newest version of the health check published on or before today. */
    public Questionnaire current() {
        // "published on or before today" in Finland, whatever the server's zone
        LocalDate today = HelsinkiTime.today(clock);
        return QuestionnaireFiles.current(versions, "health-check", today)
                .orElseThrow(() -> new IllegalStateException("No questionnaire published yet"));
    }

    public Optional<Questionnaire> version(String id, int version) {
        return versions.stream().filter(q -> q.id().equals(id) && q.version() == version).findFirst();
    }

    public List<Questionnaire> all() {
        return versions;
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
