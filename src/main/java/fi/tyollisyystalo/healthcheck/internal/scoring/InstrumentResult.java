package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.LifeSituationItem;

/**
 * What one instrument made of the answers.
 *
 * @param instrument    the instrument's code
 * @param score         its total and band by the published cut-offs, with the limit that applied; null
 *                      for an instrument without a total (an answer that raises a flag, 3X10D, the ratings)
 * @param flags         the flags it raises; the reason for each is {@code score} against its limit, or
 *                      the answer itself where there is no score
 * @param lifeSituation the 3X10D items, banded; empty for the other instruments
 * @param ratings       the resident's own domain ratings, weak when rated 5 or less; empty for the others
 */
public record InstrumentResult(String instrument, @Nullable InstrumentScore score, List<Flag> flags,
        List<LifeSituationItem> lifeSituation, List<DomainScore> ratings) {

    public InstrumentResult {
        flags = List.copyOf(flags);
        lifeSituation = List.copyOf(lifeSituation);
        ratings = List.copyOf(ratings);
    }

    /** A scored instrument and the flags its score raises. */
    static InstrumentResult scored(InstrumentScore score, List<Flag> flags) {
        return new InstrumentResult(score.instrument(), score, flags, List.of(), List.of());
    }

    /** A scored instrument with its one flag, raised or not. */
    static InstrumentResult scored(InstrumentScore score, Flag flag, boolean raised) {
        return scored(score, raised ? List.of(flag) : List.of());
    }

    /** An instrument without a total: only the flags it raises. */
    static InstrumentResult flagged(String instrument, List<Flag> flags) {
        return new InstrumentResult(instrument, null, flags, List.of(), List.of());
    }
}
