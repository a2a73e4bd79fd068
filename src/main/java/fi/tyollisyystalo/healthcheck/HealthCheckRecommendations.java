package fi.tyollisyystalo.healthcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.Public;
import fi.tyollisyystalo.base.i18n.TranslationProvider;
import fi.tyollisyystalo.healthcheck.internal.RecommendationTopics;
import fi.tyollisyystalo.servicemap.Region;
import fi.tyollisyystalo.servicemap.ServiceHit;
import fi.tyollisyystalo.servicemap.ServiceMapService;
import fi.tyollisyystalo.servicemap.ServiceQuery;

/**
 * Published services suggested for a health check result, each for a reason the answers support. It
 * reads no stored data: the caller has opened the result (the resident their own, staff a shared one).
 */
@Service
public class HealthCheckRecommendations {

    private static final int RECOMMENDATIONS = 8;

    private final ServiceMapService serviceMap;
    private final TranslationProvider translations;

    HealthCheckRecommendations(ServiceMapService serviceMap, TranslationProvider translations) {
        this.serviceMap = serviceMap;
        this.translations = translations;
    }

    /**
     * Published services for the result, each for a reason the answers support: first those that fit
     * a flag (searched in the resident's language), then by the domains the resident rated 5 or less,
     * the weakest first — a domain marked only by a flag is served by that flag's own search. A
     * service whose topic the answers do not support (smoking cessation for a non-smoker, mental-health
     * rehabilitation for someone whose mood answers are fine) is never suggested. The resident's
     * municipality (and region-wide services) when it is in the region.
     */
    @Transactional(readOnly = true)
    @Public
    public List<Recommendation> recommendations(HealthCheckResult result, Locale locale) {
        String municipality = result.municipality() != null && Region.isMunicipality(result.municipality())
                ? result.municipality() : null;
        Set<String> municipalities = municipality == null ? Set.of() : Set.of(municipality);
        List<Recommendation> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Flag flag : result.flags()) {
            String key = "hc.flag." + flag.code() + ".search";
            if (flag.domain() == null || !translations.has(key, locale)) {
                continue;
            }
            ServiceQuery query = new ServiceQuery(translations.getTranslation(key, locale), Set.of(),
                    municipalities, Set.of(), Set.of(), Set.of(), false, Set.of());
            add(out, seen, serviceMap.search(query, locale, 0, 4).hits(), 2, result,
                    hit -> new Recommendation(hit, "hc.flag." + flag.code() + ".title", flag, null,
                            municipality != null, List.of()));
        }
        result.domains().stream().filter(DomainScore::ratedWeak).sorted(Comparator.comparingInt(DomainScore::score))
                .map(DomainScore::domain).forEach(domain -> {
                    ServiceQuery query = new ServiceQuery("", Set.of(domain), municipalities, Set.of(), Set.of(),
                            Set.of(), false, Set.of());
                    add(out, seen, serviceMap.search(query, locale, 0, 8).hits(), 3, result,
                            hit -> new Recommendation(hit, "domain." + domain.name(), null, domain,
                                    municipality != null, List.of()));
                });
        List<Recommendation> chosen = out.size() > RECOMMENDATIONS ? out.subList(0, RECOMMENDATIONS) : out;
        Map<Long, List<fi.tyollisyystalo.servicemap.ChannelData>> ways = new java.util.HashMap<>();
        serviceMap.findPublished(chosen.stream().map(r -> r.service().id()).toList())
                .forEach(d -> ways.put(d.id(), d.data().channels()));
        return chosen.stream().map(r -> r.withWays(ways.getOrDefault(r.service().id(), List.of()))).toList();
    }

    /** Up to {@code limit} new hits whose topic the answers support. */
    private static void add(List<Recommendation> out, Set<Long> seen, List<ServiceHit> hits, int limit,
            HealthCheckResult result, java.util.function.Function<ServiceHit, Recommendation> recommendation) {
        int added = 0;
        for (ServiceHit hit : hits) {
            if (added < limit && RecommendationTopics.supported(hit, result) && seen.add(hit.id())) {
                out.add(recommendation.apply(hit));
                added++;
            }
        }
    }
}
