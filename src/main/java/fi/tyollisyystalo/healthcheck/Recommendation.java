package fi.tyollisyystalo.healthcheck;

import java.util.List;

import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ServiceHit;

/**
 * A published service from the map that fits the result.
 *
 * @param reasonKey translation key of why it is suggested (a flag's or a domain's)
 * @param local     true when it serves the resident's own municipality (or the whole region)
 * @param ways      how to reach it: its phone lines, web pages, e-services and locations
 */
public record Recommendation(ServiceHit service, String reasonKey, boolean local, List<ChannelData> ways) {

    public Recommendation {
        ways = List.copyOf(ways);
    }

    Recommendation withWays(List<ChannelData> channels) {
        return new Recommendation(service, reasonKey, local, channels);
    }
}
