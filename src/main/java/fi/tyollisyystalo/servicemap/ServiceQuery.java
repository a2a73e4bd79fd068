package fi.tyollisyystalo.servicemap;

import java.util.Set;

/**
 * A search of the service map: free text (in the visitor's language) and filters. Empty sets mean
 * "any". The municipality filter also matches services that cover the whole region.
 */
public record ServiceQuery(String text, Set<Domain> domains, Set<String> municipalities,
        Set<OrganisationType> organisationTypes, Set<TargetGroup> targetGroups, Set<ChannelType> ways,
        boolean freeOnly, Set<String> languages) {

    public static final ServiceQuery ALL = new ServiceQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            false, Set.of());

    public ServiceQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        domains = Set.copyOf(domains);
        municipalities = Set.copyOf(municipalities);
        organisationTypes = Set.copyOf(organisationTypes);
        targetGroups = Set.copyOf(targetGroups);
        ways = Set.copyOf(ways);
        languages = Set.copyOf(languages);
    }

    public ServiceQuery withText(String newText) {
        return new ServiceQuery(newText, domains, municipalities, organisationTypes, targetGroups, ways, freeOnly,
                languages);
    }
}
