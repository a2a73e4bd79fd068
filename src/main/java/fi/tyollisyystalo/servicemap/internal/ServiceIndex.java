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
import org.hibernate.search.engine.backend.analysis.AnalyzerNames;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
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
import fi.tyollisyystalo.servicemap.internal.search.QueryWords;

/**
 * Full-text search with facets over published services. Every word typed must be found; only when that
 * finds little do compound parts, prefixes and near spellings (one typo) widen the search ({@link Breadth}).
 * Text matches the visitor's language first (names weigh most), then the other languages. Facet counts of
 * a group ignore that group's own selection, so a visitor sees what each extra choice would add.
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

            Breadth breadth = breadth(session, q, locale);
            var query = session.search(ServiceEntity.class)
                    .select(ServiceIndex::hitProjection)
                    .where(f -> predicate(f, q, locale, null, breadth));
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
                    ? countWithout(session, q, locale, breadth, Group.DOMAIN, f -> f.terms().field("domains", Domain.class))
                    : main.aggregation(domainsKey);
            Map<String, Long> municipalities = !q.municipalities().isEmpty()
                    ? countWithout(session, q, locale, breadth, Group.MUNICIPALITY,
                            f -> f.terms().field("municipalities", String.class).maxTermCount(MAX_TERMS))
                    : main.aggregation(municipalitiesKey);
            Map<OrganisationType, Long> orgTypes = !q.organisationTypes().isEmpty()
                    ? countWithout(session, q, locale, breadth, Group.ORG_TYPE,
                            f -> f.terms().field("organisation.type", OrganisationType.class))
                    : main.aggregation(orgKey);
            Map<TargetGroup, Long> targets = !q.targetGroups().isEmpty()
                    ? countWithout(session, q, locale, breadth, Group.TARGET,
                            f -> f.terms().field("targetGroups", TargetGroup.class))
                    : main.aggregation(targetKey);
            Map<ChannelType, Long> ways = !q.ways().isEmpty()
                    ? countWithout(session, q, locale, breadth, Group.WAY,
                            f -> f.terms().field("channels.type", ChannelType.class))
                    : main.aggregation(wayKey);
            Map<ChargeType, Long> charge = q.freeOnly()
                    ? countWithout(session, q, locale, breadth, Group.FREE,
                            f -> f.terms().field("chargeType", ChargeType.class))
                    : main.aggregation(chargeKey);
            Map<String, Long> languages = !q.languages().isEmpty()
                    ? countWithout(session, q, locale, breadth, Group.LANGUAGE,
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

    private <T> Map<T, Long> countWithout(SearchSession session, ServiceQuery q, Locale locale, Breadth breadth,
            Group skip,
            Function<org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory,
                    org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep<Map<T, Long>>> aggregation) {
        var key = AggregationKey.<Map<T, Long>>of("only");
        return session.search(ServiceEntity.class)
                .where(f -> predicate(f, q, locale, skip, breadth))
                .aggregation(key, f -> aggregation.apply(f))
                .fetch(0).aggregation(key);
    }

    /**
     * The strict predicate. Package-private for the Elasticsearch mapping test; the benchmark reaches it by
     * reflection.
     */
    PredicateFinalStep predicate(SearchPredicateFactory f, ServiceQuery q, Locale locale, @Nullable Group skip) {
        return predicate(f, q, locale, skip, Breadth.STRICT);
    }

    PredicateFinalStep predicate(SearchPredicateFactory f, ServiceQuery q, Locale locale, @Nullable Group skip,
            Breadth breadth) {
        BooleanPredicateClausesStep<?, ?> b = f.bool();
        b.filter(f.match().field("status").matching(PublishingStatus.PUBLISHED));
        if (!q.text().isBlank()) {
            b.must(text(f, q.text(), Languages.supported(locale).getLanguage(), breadth));
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

    /**
     * How far a text query reaches. {@link #STRICT}: every word the resident typed must be found as a
     * whole word (its base forms, in any language, in a name, summary, description, keywords or provider
     * name). {@link #WIDE}, only when the strict search finds fewer than {@link #STRICT_ENOUGH} services:
     * a word may also be found by all the parts of a compound, by a prefix or with one typo, and of three
     * or more words one may be missing (one or two words are all required).
     */
    enum Breadth {
        STRICT, WIDE
    }

    /** Words of a query that are searched; the rest are left out. */
    static final int MAX_WORDS = 10;

    /** Fewer strict hits than this, and the search widens (DD004). */
    static final int STRICT_ENOUGH = 3;

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** The breadth for a query's text: strict unless the strict search of the text alone finds too little. */
    Breadth breadth(SearchSession session, ServiceQuery q, Locale locale) {
        if (q.text().isBlank()) {
            return Breadth.STRICT;
        }
        long strict = session.search(ServiceEntity.class)
                .where(f -> predicate(f, ServiceQuery.ALL.withText(q.text()), locale, null, Breadth.STRICT))
                .fetchTotalHitCount();
        return strict < STRICT_ENOUGH ? Breadth.WIDE : Breadth.STRICT;
    }

    /**
     * The requirement (each word, as {@link Breadth} says) and the score: the visitor's language weighs
     * most, names above keywords above summaries above descriptions; a whole-word match scores in both the
     * requirement and the analysed match, so it ranks above a match of compound parts only.
     */
    private static PredicateFinalStep text(SearchPredicateFactory f, String typed, String lang, Breadth breadth) {
        // each word costs some seventy clauses: past ten words a query would hit Lucene's clause limit
        String text = String.join(" ", QueryWords.tokens(typed).stream().limit(MAX_WORDS).toList());
        if (text.isEmpty()) {
            return f.matchNone();
        }
        BooleanPredicateClausesStep<?, ?> b = f.bool();
        for (String l : LANGUAGES) {
            float w = l.equals(lang) ? 1f : 0.35f;
            b.should(f.match().field("name." + l).boost(6 * w).field("summary." + l).boost(2.5f * w)
                    .field("description." + l).boost(1 * w).field("organisation.name." + l).boost(1 * w)
                    .field("keywords." + l).boost(3 * w)
                    .matching(text));
            b.should(f.match().field("name." + l + "_prefix").boost(2 * w).field("summary." + l + "_prefix").boost(0.8f * w)
                    .matching(text));
        }
        List<QueryWords.Word> words = QueryWords.of(text);
        if (breadth == Breadth.STRICT) {
            for (QueryWords.Word word : words) {
                b.must(word(f, word, lang, Breadth.STRICT));
            }
        } else {
            BooleanPredicateClausesStep<?, ?> any = f.bool();
            for (QueryWords.Word word : words) {
                any.should(word(f, word, lang, Breadth.WIDE));
            }
            b.must(any.minimumShouldMatchNumber(words.size() <= 2 ? words.size() : words.size() - 1));
        }
        return b;
    }

    /** One query word: found whole (or, when wide, by its compound parts, a prefix or one typo). */
    private static PredicateFinalStep word(SearchPredicateFactory f, QueryWords.Word word, String lang,
            Breadth breadth) {
        BooleanPredicateClausesStep<?, ?> b = f.bool();
        float fi = "fi".equals(lang) ? 1f : 0.35f;
        // Finnish: the base forms of the whole word, as terms (no analysis: it would add the compound's parts).
        // In "fi" they also find the word as a part of a longer compound ("ruoka" in "ruokavalio"); "fi_whole"
        // has whole words only, so a whole-word match scores twice and ranks above a part's.
        String whole = String.join(" ", word.whole());
        b.should(finnishTerms(f, "fi", whole, fi));
        b.should(finnishTerms(f, "fi_whole", whole, fi));
        for (String l : List.of("sv", "en")) {
            float w = l.equals(lang) ? 1f : 0.35f;
            b.should(f.match().field("name." + l).boost(6 * w).field("summary." + l).boost(2.5f * w)
                    .field("description." + l).boost(1 * w).field("organisation.name." + l).boost(1 * w)
                    .field("keywords." + l).boost(3 * w)
                    .matching(word.typed()));
        }
        if (breadth == Breadth.WIDE) {
            if (!word.parts().isEmpty()) {
                // every part of the compound, anywhere: "velkaneuvonta" needs both velka and neuvonta
                BooleanPredicateClausesStep<?, ?> parts = f.bool();
                for (String part : partsOnce(word.parts())) {
                    parts.must(finnishTerms(f, "fi", part, 0.2f * fi));
                }
                b.should(parts);
            }
            for (String l : LANGUAGES) {
                float w = l.equals(lang) ? 1f : 0.35f;
                b.should(f.match().field("name." + l + "_prefix").boost(0.5f * w)
                        .field("summary." + l + "_prefix").boost(0.2f * w)
                        .matching(word.typed()));
                // one typo in words of six letters or more: in short words it finds too much ("debt" ~ "dent").
                // The word goes to the fuzzy query as typed, one term: the field's own analysis would give
                // a word with ä or ö also folded, at the same position, and a synonym query is never fuzzy.
                if (word.typed().length() >= 6) {
                    b.should(f.match().field("name." + l).boost(1.5f * w).field("summary." + l).boost(0.6f * w)
                            .field("description." + l).boost(0.3f * w).field("keywords." + l).boost(0.8f * w)
                            .matching(word.typed(), ValueModel.INDEX).analyzer(AnalyzerNames.STANDARD).fuzzy(1, 2));
                }
            }
        }
        return b;
    }

    /** A folded and an unfolded form of one part are one part: each must be found in either form. */
    private static List<String> partsOnce(List<String> parts) {
        Map<String, List<String>> byFold = new LinkedHashMap<>();
        for (String p : parts) {
            byFold.computeIfAbsent(QueryWords.fold(p), k -> new ArrayList<>()).add(p);
        }
        return byFold.values().stream().map(forms -> String.join(" ", forms)).toList();
    }

    /** Finnish terms as they are in the index ({@code field} "fi" or "fi_whole" of each text), not analysed. */
    private static PredicateFinalStep finnishTerms(SearchPredicateFactory f, String field, String terms, float w) {
        return f.match().field("name." + field).boost(6 * w).field("summary." + field).boost(2.5f * w)
                .field("description." + field).boost(1 * w).field("organisation.name." + field).boost(1 * w)
                .field("keywords." + field).boost(3 * w)
                .matching(terms, ValueModel.INDEX).analyzer(AnalyzerNames.WHITESPACE);
    }

    /** Locations with coordinates of the services matching the query, for the map (at most {@code max} services). */
    public List<fi.tyollisyystalo.servicemap.MapPoint> mapPoints(ServiceQuery q, Locale locale, int max) {
        SearchSession session = Search.session(entityManager);
        Breadth breadth = breadth(session, q, locale);
        List<ServiceEntity> hits = session.search(ServiceEntity.class)
                .where(f -> predicate(f, q, locale, null, breadth)).fetchHits(max);
        List<fi.tyollisyystalo.servicemap.MapPoint> points = new ArrayList<>();
        for (ServiceEntity e : hits) {
            var d = e.data();
            for (var c : d.channels()) {
                if (c.type() == ChannelType.LOCATION && c.latitude() != null && c.longitude() != null) {
                    String address = ((c.street() == null ? "" : c.street()) + ", "
                            + (c.postalCode() == null ? "" : c.postalCode()) + " "
                            + (c.municipality() == null ? "" : fi.tyollisyystalo.servicemap.Region.name(c.municipality(), locale)))
                            .strip();
                    var name = d.name().pick(locale);
                    points.add(new fi.tyollisyystalo.servicemap.MapPoint(e.id(), name.text(), c.latitude(),
                            c.longitude(), address, name.isFallbackFrom(locale) ? name.language().getLanguage() : null));
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
