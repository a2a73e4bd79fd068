package fi.tyollisyystalo.followup;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A partner professional answered a round of the stakeholder survey. Anonymous: no person or staff id;
 * {@code teamCode} is the team the round asked about (null: every team). {@code choices} holds the items' numbers
 * by question id ({@link FollowUpForms#STAKEHOLDER_ITEMS}), never free text.
 */
public record StakeholderSurveyAnswered(long roundId, String formId, int formVersion, @Nullable String teamCode,
        Map<String, String> choices, Instant answeredAt) {

    public StakeholderSurveyAnswered {
        choices = Map.copyOf(choices);
    }
}
