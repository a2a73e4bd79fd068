package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.Optional;

/**
 * One instrument as the scorer runs it: it reads its own items from the asked answers, scores them by
 * its published table and raises its own flags. Sealed, so a test can check that the scorer's list
 * holds every kind there is.
 */
public sealed interface Instrument
        permits WorkAbilityScore, Phq2, Gad2, AuditC, Bmi, Findrisc, AnswerFlag, LifeSituation3x10D, DomainSelfRating {

    /**
     * What the instrument makes of the answers; empty when its items were not all asked and answered,
     * because an instrument is left out rather than guessed.
     */
    Optional<InstrumentResult> assess(Respondent respondent);
}
