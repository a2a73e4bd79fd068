package fi.tyollisyystalo.healthcheck;

import fi.tyollisyystalo.servicemap.Domain;

/**
 * The resident's own 0–10 rating of one domain of functioning.
 *
 * @param weak true when the rating is 5 or less, or a screening result in the same domain needs attention
 */
public record DomainScore(Domain domain, int score, boolean weak) {

    /** A rating of 5 or less marks the domain by itself (the line 3X10D draws between dissatisfied and moderate). */
    public static final int WEAK_RATING_AT_MOST = 5;

    /** True when the resident's own rating marks the domain, not only a screening flag in it. */
    public boolean ratedWeak() {
        return score <= WEAK_RATING_AT_MOST;
    }
}
