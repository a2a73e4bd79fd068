package fi.tyollisyystalo.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * When a question or a section is asked: the answer to {@code question} is one of {@code in}. For a
 * multiple choice question, any one chosen code is enough.
 */
public record Condition(String question, List<String> in) {

    public Condition {
        in = List.copyOf(in);
    }

    public boolean holds(Map<String, String> answers) {
        String answer = answers.get(question);
        if (answer == null || answer.isBlank()) {
            return false;
        }
        for (String part : answer.split(",")) {
            if (in.contains(part.strip())) {
                return true;
            }
        }
        return false;
    }
}
