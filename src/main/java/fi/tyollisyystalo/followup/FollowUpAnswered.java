package fi.tyollisyystalo.followup;

import java.time.Instant;
import java.util.Map;

/**
 * A resident answered a follow-up (for the statistics of issue #15). {@code choices} holds the scales' numbers
 * and the choices' codes by question id — never free text.
 */
public record FollowUpAnswered(long followUpId, long personId, String formId, int formVersion,
        FollowUpPurpose purpose, long referenceId, Map<String, String> choices, Instant answeredAt) {

    public FollowUpAnswered {
        choices = Map.copyOf(choices);
    }
}
