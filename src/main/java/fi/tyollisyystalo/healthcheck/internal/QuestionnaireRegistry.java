package fi.tyollisyystalo.healthcheck.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.healthcheck.Option;
import fi.tyollisyystalo.healthcheck.Question;
import fi.tyollisyystalo.healthcheck.QuestionType;
import fi.tyollisyystalo.healthcheck.Questionnaire;
import fi.tyollisyystalo.healthcheck.Section;
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
        JsonMapper json = JsonMapper.builder().findAndAddModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<Questionnaire> loaded = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources(location)) {
            try (InputStream in = r.getInputStream()) {
                Questionnaire q = json.readValue(in, Questionnaire.class);
                List<String> problems = problems(q);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("Questionnaire " + r.getFilename() + " is not valid: " + problems);
                }
                loaded.add(q);
            }
        }
        loaded.sort(Comparator.comparing(Questionnaire::id).thenComparingInt(Questionnaire::version));
        this.versions = List.copyOf(loaded);
        if (versions.isEmpty()) {
            throw new IllegalStateException("No questionnaire definitions at " + location);
        }
        log.info("Loaded {} questionnaire versions: {}", versions.size(),
                versions.stream().map(q -> q.id() + " v" + q.version()).toList());
    }

    /** The newest version of the health check published on or before today. */
    public Questionnaire current() {
        // "published on or before today" in Finland, whatever the server's zone
        LocalDate today = HelsinkiTime.today(clock);
        return versions.stream().filter(q -> !q.publishedOn().isAfter(today))
                .max(Comparator.comparingInt(Questionnaire::version))
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
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> sectionIds = new HashSet<>();
        for (Section s : q.sections()) {
            if (!sectionIds.add(s.id())) {
                problems.add("duplicate section " + s.id());
            }
            text(problems, "section " + s.id() + " title", s.title());
            if (s.intro() != null) {
                text(problems, "section " + s.id() + " intro", s.intro());
            }
            if (s.link() != null && s.linkText() == null) {
                problems.add("section " + s.id() + " has a link without linkText");
            }
            for (Question question : s.questions()) {
                String where = "question " + question.id();
                if (!seen.add(question.id())) {
                    problems.add("duplicate " + where);
                }
                if (question.when() != null && (!seen.contains(question.when().question())
                        || question.when().question().equals(question.id()))) {
                    problems.add(where + " depends on " + question.when().question()
                            + ", which is not an earlier question");
                }
                text(problems, where, question.text());
                if (question.help() != null) {
                    text(problems, where + " help", question.help());
                }
                boolean choice = question.type() == QuestionType.SINGLE || question.type() == QuestionType.MULTIPLE;
                if (choice == question.options().isEmpty()) {
                    problems.add(where + (choice ? " needs options" : " must not have options"));
                }
                Set<String> codes = new HashSet<>();
                for (Option o : question.options()) {
                    if (!codes.add(o.code()) || o.code().contains(",")) {
                        problems.add(where + " option code " + o.code() + " is repeated or has a comma");
                    }
                    text(problems, where + " option " + o.code(), o.text());
                }
                if (question.type() == QuestionType.NUMBER && (question.min() == null || question.max() == null)) {
                    problems.add(where + " needs min and max");
                }
            }
        }
        for (String id : HealthCheckScorer.REQUIRED_IDS) {
            if (!seen.contains(id)) {
                problems.add("question " + id + " is missing (the scorer needs it)");
            }
        }
        return problems;
    }

    private static void text(List<String> problems, String where, LocalizedText t) {
        if (t.fi().isBlank() || t.sv() == null || t.sv().isBlank() || t.en() == null || t.en().isBlank()) {
            problems.add(where + " needs fi, sv and en");
        }
    }
}
