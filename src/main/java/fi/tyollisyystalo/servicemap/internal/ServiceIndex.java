package fi.tyollisyystalo.servicemap.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.PublishingStatus;
import fi.tyollisyystalo.servicemap.ServiceHit;
import fi.tyollisyystalo.servicemap.ServiceQuery;
import fi.tyollisyystalo.servicemap.TargetGroup;

/**
 * Full-text search with facets over published services. Text matches the visitor's language first
 * (names weigh most), then the other languages, then near spellings (one typo). Facet counts of a
 * group ignore that group's own selection, so a visitor sees what each extra choice would add.
 */
@Component
public class ServiceIndex {

    private static final int MAX_TERMS = 100;

    private final EntityManager entityManager;
    private final SessionFactory sessionFactory;

    ServiceIndex(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
        this.entityManager = entityManager;
        this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
    }

    enum Group {
        DOMAIN, MUNICIPALITY, ORG_TYPE, TARGET, WAY, FREE, LANGUAGE
    }

    /**
     * One page of hits with the facet counts. Everything comes from the index: the hit cards are
     * projected from stored fields, so a search needs no database connection and no transaction. A
     * facet group with a selection is counted by its own query without its own filter, and not in the
     * main query, whose count for it would be thrown away.
     */
    public fi.tyollisyystalo.servicemap.SearchResult search(ServiceQuery q, Locale locale, int offset, int limit) {
        try (Session hibernate = sessionFactory.openSession()) {
            hibernate.setDefaultReadOnly(true);
            SearchSession session = Search.session(hibernate);
            var domainsKey = AggregationKey.<Map<Domain, Long>>of("domains");
            var municipalitiesKey = AggregationKey.<Map<String, Long>>of("municipalities");
            var orgKey = AggregationKey.<Map<OrganisationType, Long>>of("orgTypes");
            var targetKey = AggregationKey.<Map<TargetGroup, Long>>of("targets");
            var wayKey = AggregationKey.<Map<ChannelType, Long>>of("ways");
            var chargeKey = AggregationKey.<Map<ChargeType, Long>>of("charge");
            var languageKey = AggregationKey.<Map<String, Long>>of("languages");

            var query = session.search(ServiceEntity.class)
                    .select(ServiceIndex::hitProjection)
                    .where(f -> predicate(f, q, locale, null));
            if (q.domains().isEmpty()) {
                query.aggregation(domainsKey, f -> f.terms().field("domains", Domain.class).maxTermCount(MAX_TERMS));
            }
            if (q.municipalities().isEmpty()) {
                query.aggregation(municipalitiesKey,
                        f -> f.terms().field("municipalities", String.class).maxTermCount(MAX_TERMS));
            }
            if (q.organisationTypes().isEmpty()) {
                query.aggregation(orgKey, f -> f.terms().field("organisation.type", OrganisationType.class));
            }
            if (q.targetGroups().isEmpty()) {
                query.aggregation(targetKey, f -> f.terms().field("targetGroups", TargetGroup.class));
            }
            if (q.ways().isEmpty()) {
                query.aggregation(wayKey, f -> f.terms().field("channels.type", ChannelType.class));
            }
            if (!q.freeOnly()) {
                query.aggregation(chargeKey, f -> f.terms().field("chargeType", ChargeType.class));
            }
            if (q.languages().isEmpty()) {
                query.aggregation(languageKey, f -> f.terms().field("languages", String.class).maxTermCount(MAX_TERMS));
            }
            SearchResult<ServiceHit> main = query.fetch(offset, limit);

            Map<Domain, Long> domains = !q.domains().isEmpty()
                    ? countWithout(session, q, locale, Group.DOMAIN, f -> f.terms().field("domains", Domain.class))
                    : main.aggregation(domainsKey);
            Map<String, Long> municipalities = !q.municipalities().isEmpty()
                    ? countWithout(session, q, locale, Group.MUNICIPALITY,
                            f -> f.terms().field("municipalities", String.class).maxTermCount(MAX_TERMS))
                    : main.aggregation(municipalitiesKey);
            Map<OrganisationType, Long> orgTypes = !q.organisationTypes().isEmpty()
                    ? countWithout(session, q, locale, Group.ORG_TYPE,
                            f -> f.terms().field("organisation.type", OrganisationType.class))
                    : main.aggregation(orgKey);
            Map<TargetGroup, Long> targets = !q.targetGroups().isEmpty()
                    ? countWithout(session, q, locale, Group.TARGET,
                            f -> f.terms().field("targetGroups", TargetGroup.class))
                    : main.aggregation(targetKey);
            Map<ChannelType, Long> ways = !q.ways().isEmpty()
                    ? countWithout(session, q, locale, Group.WAY,
                            f -> f.terms().field("channels.type", ChannelType.class))
                    : main.aggregation(wayKey);
            Map<ChargeType, Long> charge = q.freeOnly()
                    ? countWithout(session, q, locale, Group.FREE,
                            f -> f.terms().field("chargeType", ChargeType.class))
                    : main.aggregation(chargeKey);
            Map<String, Long> languages = !q.languages().isEmpty()
                    ? countWithout(session, q, locale, Group.LANGUAGE,
                            f -> f.terms().field("languages", String.class).maxTermCount(MAX_TERMS))
                    : main.aggregation(languageKey);

            return new fi.tyollisyystalo.servicemap.SearchResult(main.hits(), main.total().hitCount(),
                    enumMap(domains, Domain.class), withWholeRegion(municipalities),
                    enumMap(orgTypes, OrganisationType.class), enumMap(targets, TargetGroup.class),
                    enumMap(ways, ChannelType.class), charge.getOrDefault(ChargeType.FREE, 0L), sorted(languages));
        }
    }

    /** A hit card from the index's stored fields ({@link Texts#STORED}): no entity, no database. */
    private static ProjectionFinalStep<ServiceHit> hitProjection(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(f.id(Long.class),
                        f.field("name.fi" + Texts.STORED, String.class),
                        f.field("name.sv" + Texts.STORED, String.class),
                        f.field("name.en" + Texts.STORED, String.class),
                        f.field("summary.fi" + Texts.STORED, String.class),
                        f.field("summary.sv" + Texts.STORED, String.class),
                        f.field("summary.en" + Texts.STORED, String.class),
                        f.field("organisation.name.fi" + Texts.STORED, String.class),
                        f.field("organisation.name.sv" + Texts.STORED, String.class),
                        f.field("organisation.name.en" + Texts.STORED, String.class),
                        f.field("organisation.type", OrganisationType.class),
                        f.field("domains", Domain.class).list(),
                        f.field("channels.type", ChannelType.class).list(),
                        f.field("chargeType", ChargeType.class))
                .asArray(v -> new ServiceHit((Long) v[0], text(v[1], v[2], v[3]), text(v[4], v[5], v[6]),
                        text(v[7], v[8], v[9]), (OrganisationType) v[10], enumSet(v[11], Domain.class),
                        enumSet(v[12], ChannelType.class), (ChargeType) v[13]));
    }

    private static LocalizedText text(@Nullable Object fi, @Nullable Object sv, @Nullable Object en) {
        return new LocalizedText(fi == null ? "" : (String) fi, (String) sv, (String) en);
    }

    private static <E extends Enum<E>> Set<E> enumSet(Object values, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (Object v : (List<?>) values) {
            set.add(type.cast(v));
        }
        return set;
    }

    private <T> Map<T, Long> countWithout(SearchSession session, ServiceQuery q, Locale locale, Group skip,
            Function<org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory,
                    org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep<Map<T, Long>>> aggregation) {
        var key = AggregationKey.<Map<T, Long>>of("only");
        return session.search(ServiceEntity.class)
                .where(f -> predicate(f, q, locale, skip))
                .aggregation(key, f -> aggregation.apply(f))
                .fetch(0).aggregation(key);
    }

    /** Package-private for the Elasticsearch mapping test; the benchmark reaches it by reflection. */
    PredicateFinalStep predicate(SearchPredicateFactory f, ServiceQuery q, Locale locale, @Nullable Group skip) {
        BooleanPredicateClausesStep<?, ?> b = f.bool();
        b.filter(f.match().field("status").matching(PublishingStatus.PUBLISHED));
        if (!q.text().isBlank()) {
            b.must(text(f, q.text(), Languages.supported(locale).getLanguage()));
        } else {
            b.must(f.matchAll());
        }
        if (skip != Group.DOMAIN && !q.domains().isEmpty()) {
            b.filter(f.terms().field("domains").matchingAny(q.domains()));
        }
        if (skip != Group.MUNICIPALITY && !q.municipalities().isEmpty()) {
            List<Object> values = new ArrayList<>(q.municipalities());
            values.add(ServiceEntity.WHOLE_REGION);
            b.filter(f.terms().field("municipalities").matchingAny(values));
        }
        if (skip != Group.ORG_TYPE && !q.organisationTypes().isEmpty()) {
            b.filter(f.terms().field("organisation.type").matchingAny(q.organisationTypes()));
        }
        if (skip != Group.TARGET && !q.targetGroups().isEmpty()) {
            b.filter(f.terms().field("targetGroups").matchingAny(q.targetGroups()));
        }
        if (skip != Group.WAY && !q.ways().isEmpty()) {
            b.filter(f.terms().field("channels.type").matchingAny(q.ways()));
        }
        if (skip != Group.FREE && q.freeOnly()) {
            b.filter(f.match().field("chargeType").matching(ChargeType.FREE));
        }
        if (skip != Group.LANGUAGE && !q.languages().isEmpty()) {
            b.filter(f.terms().field("languages").matchingAny(q.languages()));
        }
        return b;
    }

    /** The visitor's language weighs most, names above summaries above descriptions; a typo still finds. */
    private static PredicateFinalStep text(SearchPredicateFactory f, String text, String lang) {
        BooleanPredicateClausesStep<?, ?> b = f.bool();
        // one typo is tolerated in words of six letters or more: in short words it finds too much ("debt" ~ "dent")
        String longWords = String.join(" ", java.util.Arrays.stream(text.split("\\s+")).filter(t -> t.length() >= 6)
                .toList());
        for (String l : List.of("fi", "sv", "en")) {
            float w = l.equals(lang) ? 1f : 0.35f;
            b.should(f.match().field("name." + l).boost(6 * w).field("summary." + l).boost(2.5f * w)
                    .field("description." + l).boost(1 * w).field("organisation.name." + l).boost(1 * w)
                    .matching(text));
            b.should(f.match().field("name." + l + "_prefix").boost(2 * w).field("summary." + l + "_prefix").boost(0.8f * w)
                    .matching(text));
            if (!longWords.isBlank()) {
                b.should(f.match().field("name." + l).boost(1.5f * w).field("summary." + l).boost(0.6f * w)
                        .field("description." + l).boost(0.3f * w)
                        .matching(longWords).fuzzy(1, 2));
            }
        }
        return b.minimumShouldMatchNumber(1);
    }

    /** Locations with coordinates of the services matching the query, for the map (at most {@code max} services). */
    public List<fi.tyollisyystalo.servicemap.MapPoint> mapPoints(ServiceQuery q, Locale locale, int max) {
        List<ServiceEntity> hits = Search.session(entityManager).search(ServiceEntity.class)
                .where(f -> predicate(f, q, locale, null)).fetchHits(max);
        List<fi.tyollisyystalo.servicemap.MapPoint> points = new ArrayList<>();
        for (ServiceEntity e : hits) {
            var d = e.data();
            for (var c : d.channels()) {
                if (c.type() == ChannelType.LOCATION && c.latitude() != null && c.longitude() != null) {
                    String address = ((c.street() == null ? "" : c.street()) + ", "
                            + (c.postalCode() == null ? "" : c.postalCode()) + " "
                            + (c.municipality() == null ? "" : fi.tyollisyystalo.servicemap.Region.name(c.municipality(), locale)))
                            .strip();
                    points.add(new fi.tyollisyystalo.servicemap.MapPoint(e.id(), d.name().in(locale), c.latitude(),
                            c.longitude(), address));
                }
            }
        }
        return points;
    }

    private static <E extends Enum<E>> Map<E, Long> enumMap(Map<E, Long> counts, Class<E> type) {
        Map<E, Long> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, counts.getOrDefault(e, 0L));
        }
        return m;
    }

    /** A service for the whole region counts in every municipality. */
    private static Map<String, Long> withWholeRegion(Map<String, Long> counts) {
        long all = counts.getOrDefault(ServiceEntity.WHOLE_REGION, 0L);
        Map<String, Long> m = new LinkedHashMap<>();
        for (String code : fi.tyollisyystalo.servicemap.Region.municipalities().keySet()) {
            m.put(code, counts.getOrDefault(code, 0L) + all);
        }
        return m;
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> m = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }
}
