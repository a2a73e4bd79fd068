package fi.tyollisyystalo.healthcheck;

import fi.tyollisyystalo.servicemap.ServiceHit;

/**
 * A published service from the map that fits the result.
 *
 * @param reasonKey translation key of why it is suggested (a flag's or a domain's)
 * @param local     true when it serves the resident's own municipality (or the whole region)
 */
public record Recommendation(ServiceHit service, String reasonKey, boolean local) {
}
