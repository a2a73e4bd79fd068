package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.Severity;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * Our own one-line self-rating per domain of functioning, 0–10 (not Kykyviisari's items). A domain is
 * weak when the rating is 5 or less — the same line 3X10D draws between dissatisfied and moderate —
 * or when a screening flag that needs attention points to it. This rule is ours and unvalidated; the
 * result page says so and links to TTL's Kykyviisari for the full assessment.
 */
public final class DomainSelfRating implements Instrument {

    public static final String CODE = "DOMAIN_SELF_RATING";
    public static final int WEAK_AT_MOST = DomainScore.WEAK_RATING_AT_MOST;

    DomainSelfRating() {
    }

    public static List<DomainScore> score(Map<Domain, Integer> ratings, Collection<Flag> flags) {
        return markFlagged(rated(ratings), flags);
    }

    /** The ratings in domain order, weak when rated 5 or less. */
    static List<DomainScore> rated(Map<Domain, Integer> ratings) {
        List<DomainScore> scores = new ArrayList<>();
        for (Domain d : Domain.values()) {
            Integer rating = ratings.get(d);
            if (rating != null) {
                Items.check("rating of " + d, rating, 0, 10);
                scores.add(new DomainScore(d, rating, rating <= WEAK_AT_MOST));
            }
        }
        return scores;
    }

    /** The ratings with each domain that a screening flag needing attention points to marked weak too. */
    static List<DomainScore> markFlagged(List<DomainScore> rated, Collection<Flag> flags) {
        Set<Domain> flagged = flaggedDomains(flags);
        return rated.stream().map(s -> s.weak() || !flagged.contains(s.domain()) ? s
                : new DomainScore(s.domain(), s.score(), true)).toList();
    }

    /** The domains that flags needing attention point to (not those only noted, such as smoking). */
    static Set<Domain> flaggedDomains(Collection<Flag> flags) {
        Set<Domain> flagged = EnumSet.noneOf(Domain.class);
        for (Flag f : flags) {
            if (f.domain() != null && f.severity() != Severity.INFO) {
                flagged.add(f.domain());
            }
        }
        return flagged;
    }

    /** The resident's own ratings; whether a flag marks a domain too is decided once every flag is known. */
    @Override
    public Optional<InstrumentResult> assess(Respondent respondent) {
        Map<Domain, Integer> ratings = new EnumMap<>(Domain.class);
        for (Domain d : Domain.values()) {
            Integer v = respondent.integer(HealthCheckScorer.DOMAIN_PREFIX + d.name());
            if (v != null) {
                ratings.put(d, v);
            }
        }
        if (ratings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InstrumentResult(CODE, null, List.of(), List.of(), rated(ratings)));
    }
}
