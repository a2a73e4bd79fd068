package fi.tyollisyystalo.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/**
 * Loads questionnaire versions from JSON files and checks them: unique ids, conditions only on earlier
 * questions, fi/sv/en for every text, options where a choice needs them, a range for numbers, plus the rules of
 * the feature that owns the forms (e.g. the ids its scorer needs). A file that breaks a rule stops the start with
 * a message naming the file, so a bad version never reaches residents.
 */
public final class QuestionnaireFiles {

    private QuestionnaireFiles() {
    }

    /**
     * Every version at {@code location} (a Spring resource pattern), sorted by form id and version.
     *
     * @param rules the owner's own rules: what is wrong with a definition beyond the common rules
     */
    public static List<Questionnaire> load(String location, Function<Questionnaire, List<String>> rules)
            throws IOException {
        JsonMapper json = JsonMapper.builder().findAndAddModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<Questionnaire> loaded = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources(location)) {
            Questionnaire q;
            try (InputStream in = r.getInputStream()) {
                q = json.readValue(in, Questionnaire.class);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Questionnaire " + r.getFilename() + " cannot be read: "
                        + e.getMessage(), e);
            }
            List<String> problems = new ArrayList<>(problems(q));
            problems.addAll(rules.apply(q));
            if (!ids.add(q.id() + " v" + q.version())) {
                problems.add(q.id() + " version " + q.version() + " is defined twice");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Questionnaire " + r.getFilename() + " is not valid: " + problems);
            }
            loaded.add(q);
        }
        loaded.sort(Comparator.comparing(Questionnaire::id).thenComparingInt(Questionnaire::version));
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No questionnaire definitions at " + location);
        }
        return List.copyOf(loaded);
    }

    /** The newest version of {@code formId} published on or before {@code today}. */
    public static Optional<Questionnaire> current(List<Questionnaire> versions, String formId, LocalDate today) {
        return versions.stream().filter(q -> q.id().equals(formId) && !q.publishedOn().isAfter(today))
                .max(Comparator.comparingInt(Questionnaire::version));
    }

    /** What is wrong with a definition by the common rules; empty when it can be published. */
    public static List<String> problems(Questionnaire q) {
        List<String> problems = new ArrayList<>();
        if (q.id() == null || !q.id().matches("[a-z0-9-]{1,50}")) {
            problems.add("the form id must be 1–50 lower-case letters, digits or dashes");
        }
        if (q.version() < 1) {
            problems.add("the version must be 1 or more");
        }
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
                if (question.type() == QuestionType.MULTIPLE && question.required()) {
                    // a checkbox group is a group: aria-required is not allowed on it (axe aria-allowed-attr)
                    problems.add(where + " is a multiple choice and cannot be required");
                }
                if (question.type() == QuestionType.NUMBER && (question.min() == null || question.max() == null)) {
                    problems.add(where + " needs min and max");
                }
            }
        }
        return problems;
    }

    /** The ids of {@code required} that the definition lacks, each as a problem ("… is missing (why)"). */
    public static List<String> missing(Questionnaire q, List<String> required, String why) {
        return required.stream().filter(id -> q.question(id).isEmpty())
                .map(id -> "question " + id + " is missing (" + why + ")").toList();
    }

    private static void text(List<String> problems, String where, LocalizedText t) {
        if (t.fi().isBlank() || t.sv() == null || t.sv().isBlank() || t.en() == null || t.en().isBlank()) {
            problems.add(where + " needs fi, sv and en");
        }
    }
}
