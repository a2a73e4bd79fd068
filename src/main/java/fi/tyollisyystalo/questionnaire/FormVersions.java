package fi.tyollisyystalo.questionnaire;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fi.tyollisyystalo.base.time.HelsinkiTime;

/**
 * The versions of the forms a feature owns, loaded and checked once at start ({@link QuestionnaireFiles}): the
 * version in use is the newest published on or before today in Finland; older ones stay for the answers given
 * on them.
 */
public final class FormVersions {

    private static final Logger log = LoggerFactory.getLogger(FormVersions.class);

    private final List<Questionnaire> versions;
    private final Clock clock;

    /** @param rules the owner's own rules beyond the engine's (see {@link QuestionnaireFiles#load}) */
    public FormVersions(String location, Function<Questionnaire, List<String>> rules, Clock clock) throws IOException {
        this.versions = QuestionnaireFiles.load(location, rules);
        this.clock = clock;
        log.info("Loaded {} questionnaire versions from {}: {}", versions.size(), location,
                versions.stream().map(q -> q.id() + " v" + q.version()).toList());
    }

    /** The newest version of {@code formId} published on or before today (in Finland, whatever the server's zone). */
    public Optional<Questionnaire> current(String formId) {
        return QuestionnaireFiles.current(versions, formId, HelsinkiTime.today(clock));
    }

    public Optional<Questionnaire> version(String formId, int version) {
        return versions.stream().filter(q -> q.id().equals(formId) && q.version() == version).findFirst();
    }

    public List<Questionnaire> all() {
        return versions;
    }
}
