package fi.tyollisyystalo.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One published version of a questionnaire, loaded from {@code healthcheck/questionnaires/*.json}.
 * A health check keeps the version it was started with; its answers are read and scored by it.
 *
 * @param minutes about how long answering takes, shown on the start page
 */
public record Questionnaire(String id, int version, LocalDate publishedOn, int minutes, List<Section> sections) {

    public Questionnaire {
        sections = List.copyOf(sections);
    }

    /** The sections asked when these configuration switches are on. */
    public List<Section> sections(Set<String> features) {
        return sections.stream().filter(s -> s.feature() == null || features.contains(s.feature())).toList();
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    public Optional<Question> question(String questionId) {
        return sections.stream().flatMap(s -> s.questions().stream()).filter(q -> q.id().equals(questionId))
                .findFirst();
    }
}
