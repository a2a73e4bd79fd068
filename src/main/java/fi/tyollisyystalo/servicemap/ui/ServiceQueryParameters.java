package fi.tyollisyystalo.servicemap.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.router.QueryParameters;

import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.Region;
import fi.tyollisyystalo.servicemap.ServiceQuery;
import fi.tyollisyystalo.servicemap.TargetGroup;

/**
 * A search in the address bar, so it can be shared or bookmarked:
 * {@code /services?q=velkaneuvonta&domain=EVERYDAY&municipality=405&free=1}. Unknown values are ignored.
 */
final class ServiceQueryParameters {

    private ServiceQueryParameters() {
    }

    /**
     * A link to {@code path} that carries a search along, e.g. from a hit card to the service page and
     * back to the same results: {@code /services/12?q=velka&domain=MIND}.
     */
    static String href(String path, QueryParameters search) {
        String query = search.getQueryString();
        return "/" + path + (query.isEmpty() ? "" : "?" + query);
    }

    /** The search in an address, rebuilt from what {@link #parse} accepts: nothing else passes through. */
    static QueryParameters carried(QueryParameters params) {
        return of(parse(params));
    }

    static ServiceQuery parse(QueryParameters params) {
        Map<String, List<String>> p = params.getParameters();
        return new ServiceQuery(first(p, "q"), enums(p, "domain", Domain.class), strings(p, "municipality", Region::isMunicipality),
                enums(p, "org", OrganisationType.class), enums(p, "target", TargetGroup.class),
                enums(p, "way", ChannelType.class), "1".equals(first(p, "free")),
                strings(p, "language", s -> s.matches("[a-z]{2,3}")));
    }

    static QueryParameters of(ServiceQuery q) {
        Map<String, List<String>> p = new HashMap<>();
        if (!q.text().isBlank()) {
            p.put("q", List.of(q.text()));
        }
        put(p, "domain", q.domains(), Domain::name);
        put(p, "municipality", q.municipalities(), Function.identity());
        put(p, "org", q.organisationTypes(), OrganisationType::name);
        put(p, "target", q.targetGroups(), TargetGroup::name);
        put(p, "way", q.ways(), ChannelType::name);
        if (q.freeOnly()) {
            p.put("free", List.of("1"));
        }
        put(p, "language", q.languages(), Function.identity());
        return new QueryParameters(p);
    }

    private static <T> void put(Map<String, List<String>> p, String name, Set<T> values, Function<T, String> text) {
        if (!values.isEmpty()) {
            p.put(name, values.stream().map(text).sorted().toList());
        }
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> v = p.get(name);
        return v == null || v.isEmpty() ? "" : v.getFirst();
    }

    private static Set<String> strings(Map<String, List<String>> p, String name, java.util.function.Predicate<String> ok) {
        return p.getOrDefault(name, List.of()).stream().filter(ok).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> p, String name, Class<E> type) {
        List<E> found = new ArrayList<>();
        for (String v : p.getOrDefault(name, List.of())) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    found.add(e);
                }
            }
        }
        return found.isEmpty() ? Set.of() : EnumSet.copyOf(found);
    }
}
