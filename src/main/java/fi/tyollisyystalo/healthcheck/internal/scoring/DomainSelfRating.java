package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * Our own one-line self-rating per domain of functioning, 0–10 (not Kykyviisari's items). A domain is
 * weak when the rating is 5 or less — the same line 3X10D draws between dissatisfied and moderate —
 * or when a screening flag that needs attention points to it. This rule is ours and unvalidated; the
 * result page says so and links to TTL's Kykyviisari for the full assessment.
 */
public final class DomainSelfRating {

    public static final int WEAK_AT_MOST = DomainScore.WEAK_RATING_AT_MOST;

    private DomainSelfRating() {
    }

    public static List<DomainScore> score(Map<Domain, Integer> ratings, Collection<Flag> flags) {
        Map<Domain, Boolean> flagged = new EnumMap<>(Domain.class);
        for (Flag f : flags) {
            if (f.domain() != null && f.severity() != fi.tyollisyystalo.healthcheck.Severity.INFO) {
                flagged.put(f.domain(), true);
            }
        }
        List<DomainScore> scores = new ArrayList<>();
        for (Domain d : Domain.values()) {
            Integer rating = ratings.get(d);
            if (rating == null) {
                continue;
            }
            Items.check("rating of " + d, rating, 0, 10);
            scores.add(new DomainScore(d, rating, rating <= WEAK_AT_MOST || flagged.containsKey(d)));
        }
        return scores;
    }
}
