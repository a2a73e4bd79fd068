package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.List;
import java.util.Optional;

import fi.tyollisyystalo.healthcheck.Flag;

/**
 * A single answer worth noting by itself, with no score behind it (daily smoking, sleeping poorly):
 * the flag is raised when the question was answered with this option.
 *
 * @param question the question id, also the instrument's code
 */
public record AnswerFlag(String question, String option, Flag flag) implements Instrument {

    @Override
    public Optional<InstrumentResult> assess(Respondent respondent) {
        if (!respondent.answered(question)) {
            return Optional.empty();
        }
        return Optional.of(InstrumentResult.flagged(question, respondent.is(question, option) ? List.of(flag)
                : List.of()));
    }
}
