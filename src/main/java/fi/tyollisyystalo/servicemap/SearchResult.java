package fi.tyollisyystalo.servicemap;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total, and the count of matching services per filter value. The counts of a
 * filter group ignore that group's own selection, so a visitor sees how many more each choice adds.
 */
public record SearchResult(List<ServiceHit> hits, long total, Map<Domain, Long> domains,
        Map<String, Long> municipalities, Map<OrganisationType, Long> organisationTypes,
        Map<TargetGroup, Long> targetGroups, Map<ChannelType, Long> ways, long free, Map<String, Long> languages) {
}
