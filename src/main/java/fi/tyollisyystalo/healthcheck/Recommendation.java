package fi.tyollisyystalo.healthcheck;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.ServiceHit;

/**
 * A published service from the map that fits the result.
 *
 * @param reasonKey translation key of why it is suggested (a flag's or a domain's)
 * @param flag      the flag it answers, or null when it is for a domain the resident rated weak
 * @param domain    the domain the resident rated weak, or null when it answers a flag
 * @param local     true when it serves the resident's own municipality (or the whole region)
 * @param ways      how to reach it: its phone lines, web pages, e-services and locations
 */
public record Recommendation(ServiceHit service, String reasonKey, @Nullable Flag flag, @Nullable Domain domain,
        boolean local, List<ChannelData> ways) {

    public Recommendation {
        ways = List.copyOf(ways);
    }

    Recommendation withWays(List<ChannelData> channels) {
        return new Recommendation(service, reasonKey, flag, domain, local, channels);
    }
}
