package fi.tyollisyystalo.healthcheck;

import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.questionnaire.Section;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A health check being answered: its questionnaire version, the pages asked, the answers so far (as
 * typed) and the page the resident was last on.
 */
public record DraftCheck(long id, Questionnaire questionnaire, List<Section> sections, Map<String, String> answers,
        @Nullable String currentSection, Instant startedAt, Instant updatedAt) {

    public DraftCheck {
        sections = List.copyOf(sections);
        answers = Map.copyOf(answers);
    }

    public int indexOf(String sectionId) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(sectionId)) {
                return i;
            }
        }
        return -1;
    }
}
