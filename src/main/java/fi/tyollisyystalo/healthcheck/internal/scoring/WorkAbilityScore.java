package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.Optional;

import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.Severity;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * Work Ability Score (WAS), the first item of the Work Ability Index: current work ability compared
 * with the lifetime best, 0–10. Under 7 the coordinator is offered (the South Karelia pilot's
 * criterion). Finer bands are not validated for this use, so there are two.
 */
public final class WorkAbilityScore implements Instrument {

    public static final String CODE = "WAS";
    public static final int COORDINATOR_LIMIT = 7;
    static final Flag LOW = new Flag("WAS_LOW", Severity.ATTENTION, Domain.WORK);

    WorkAbilityScore() {
    }

    public static InstrumentScore score(int was) {
        Items.check("WAS", was, 0, 10);
        return InstrumentScore.of(CODE, was, 10, isLow(was) ? "BELOW_7" : "7_OR_MORE", COORDINATOR_LIMIT);
    }

    public static boolean isLow(int was) {
        return was < COORDINATOR_LIMIT;
    }

    @Override
    public Optional<InstrumentResult> assess(Respondent respondent) {
        Integer was = respondent.integer(HealthCheckScorer.WAS);
        if (was == null) {
            return Optional.empty();
        }
        return Optional.of(InstrumentResult.scored(score(was), LOW, isLow(was)));
    }
}
