package fi.tyollisyystalo.healthcheck;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.servicemap.Domain;

/**
 * Something in the answers worth acting on. The plain-language explanation is in the bundles under
 * {@code hc.flag.CODE.explain} (and {@code .selko}, selkokieli Finnish).
 *
 * @param domain the domain of functioning it concerns, used to recommend services; null if none
 */
public record Flag(String code, Severity severity, @Nullable Domain domain) {
}
