package fi.tyollisyystalo.healthcheck;

import fi.tyollisyystalo.servicemap.Domain;

/**
 * The resident's own 0–10 rating of one domain of functioning.
 *
 * @param weak true when the rating is 5 or less, or a screening result in the same domain needs attention
 */
public record DomainScore(Domain domain, int score, boolean weak) {
}
