package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.cpuModel;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.ms;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.percentile;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.backend.lucene.search.spi.LuceneMigrationUtils;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.SearchResult;
import fi.tyollisyystalo.servicemap.ServiceMapService;
import fi.tyollisyystalo.servicemap.ServiceQuery;
import fi.tyollisyystalo.servicemap.TargetGroup;
import fi.tyollisyystalo.servicemap.internal.ServiceEntity;
import fi.tyollisyystalo.servicemap.internal.ServiceIndex;

/**
 * The service map search benchmark (docs/benchmarks.md): not a test, a program. Starts the whole
 * application (embedded MariaDB, Hibernate Search with the Voikko analysers, its web server idle on a free port), fills the
 * database with a synthetic catalogue ({@link SyntheticCatalogue}), rebuilds the index and times it, then
 * runs one fixed mix of searches three ways with the same concurrency:
 * <ol>
 * <li><b>service</b>: {@link ServiceMapService#search} as the UI calls it (query, facets, entity loading
 * from MariaDB, hit mapping), latency measured around the call (server side, no HTTP);</li>
 * <li><b>raw Lucene</b>: the very Lucene queries Hibernate Search runs for it (taken from the same
 * predicate code through {@link LuceneMigrationUtils#toLuceneQuery}) on a plain {@link IndexSearcher} over
 * the same index directory: top hits, exact total, the same facet counts over the same doc values, ids
 * read from the index; no database;</li>
 * <li><b>SQL LIKE</b>: a naive {@code LIKE '%word%'} over the name and summary columns (every word in
 * any language) with the same filters as SQL, a page and a count, through JDBC: no ranking, no facets,
 * no morphology.</li>
 * </ol>
 * Each path runs with one client (service time), then with {@code clients} threads that search back to
 * back (saturation: on few cores the latency is mostly queueing), and the service and raw Lucene paths
 * also with {@code clients} users who pause 0–2 s between searches (about one search a second each).
 * Run with {@code mvn -Pbenchmark verify}; sizes with {@code -Dbench.services=}, {@code -Dbench.clients=},
 * {@code -Dbench.warmup=}, {@code -Dbench.searches=}, {@code -Dbench.sqlSearches=},
 * {@code -Dbench.pacedSearches=}, {@code -Dbench.seed=}.
 */
public final class SearchBenchmark {

    private static final int PAGE = 20;
    private static final Path DB_DIR = Path.of("target/bench-mariadb");
    private static final Path INDEX_DIR = Path.of("target/bench-index");

    /** The facet fields of ServiceIndex, by its (private) filter group names. */
    private static final Map<String, String> GROUP_FIELDS = new LinkedHashMap<>();

    static {
        GROUP_FIELDS.put("DOMAIN", "domains");
        GROUP_FIELDS.put("MUNICIPALITY", "municipalities");
        GROUP_FIELDS.put("ORG_TYPE", "organisation.type");
        GROUP_FIELDS.put("TARGET", "targetGroups");
        GROUP_FIELDS.put("WAY", "channels.type");
        GROUP_FIELDS.put("FREE", "chargeType");
        GROUP_FIELDS.put("LANGUAGE", "languages");
    }

    /** The stored fields a hit card is read from (ServiceIndex's projection), besides the id. */
    private static final Set<String> CARD_FIELDS = Set.of("_id", "name.fi_stored", "name.sv_stored",
            "name.en_stored", "summary.fi_stored", "summary.sv_stored", "summary.en_stored",
            "organisation.name.fi_stored", "organisation.name.sv_stored", "organisation.name.en_stored",
            "organisation.type", "domains", "channels.type", "chargeType");

    record BenchQuery(String label, String category, ServiceQuery query, Locale locale) {
    }

    /** The main query with the facets it counts (groups without a selection), then one query per selected group. */
    record RawPlan(Query main, String[] mainFacets, List<Map.Entry<Query, String>> facetOnly) {
    }

    record SqlPlan(String pageSql, String countSql, List<Object> params) {
    }

    /** One timed run: latency of every measured search (ns) and which query it was. */
    record Run(String path, int clients, boolean paced, long[] nanos, int[] queries, double seconds, int errors) {

        double throughput() {
            return nanos.length / seconds;
        }
    }

    @FunctionalInterface
    interface Op {
        long run(int queryIndex) throws Exception;

        /** Untimed work before each search (a paced client's think time). */
        default void before() throws InterruptedException {
        }
    }

    /** Keeps the results of the searches observable, so that no work can be optimised away. */
    static volatile long sink;

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        int services = Integer.getInteger("bench.services", 20_000);
        int clients = Integer.getInteger("bench.clients", 20);
        int warmup = Integer.getInteger("bench.warmup", 1_000);
        int searches = Integer.getInteger("bench.searches", 5_000);
        int sqlSearches = Integer.getInteger("bench.sqlSearches", 600);
        int paced = Integer.getInteger("bench.pacedSearches", 600);
        long seed = Long.getLong("bench.seed", 20_261_123L);
        BenchmarkSupport.run(DB_DIR, INDEX_DIR, List.of("--tyollisyystalo.demo-data.enabled=false",
                "--logging.level.org.hibernate.search.mapper.massindexing=WARN"),
                (context, startup) -> new SearchBenchmark().run(context, startup, services, clients, warmup, searches,
                        sqlSearches, paced, seed));
    }

    private void run(ConfigurableApplicationContext context, Duration startup, int serviceCount, int clients,
            int warmup, int searches, int sqlSearches, int paced, long seed) throws Exception {
        EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
        EntityManager em = SharedEntityManagerCreator.createSharedEntityManager(emf);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        TransactionTemplate readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        ServiceMapService service = context.getBean(ServiceMapService.class);
        var env = context.getEnvironment();
        SearchMapping mapping = Search.mapping(emf);

        // 1. catalogue and index
        SyntheticCatalogue catalogue = SyntheticCatalogue.fromDemoCatalogue(seed);
        SyntheticCatalogue.Stats loaded = catalogue.insert(em, tx, serviceCount, 500, false);
        log("Generated %,d services (%,d published, %,d channels) and %,d organisations in %.1f s",
                loaded.services(), loaded.published(), loaded.channels(), loaded.organisations(),
                loaded.elapsed().toMillis() / 1000.0);
        Long indexedWhileLoading = readOnly.execute(status -> Search.session(em).search(ServiceEntity.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        log("Documents in the index after the load: %d (automatic indexing was off for it)", indexedWhileLoading);
        long rebuildStarted = System.nanoTime();
        mapping.scope(ServiceEntity.class).massIndexer().dropAndCreateSchemaOnStart(true).purgeAllOnStart(false)
                .threadsToLoadObjects(2).mergeSegmentsOnFinish(true).startAndWait();
        Duration rebuild = Duration.ofNanos(System.nanoTime() - rebuildStarted);
        long indexBytes = mapping.indexManager("service").unwrap(LuceneIndexManager.class).computeSizeInBytes();
        log("Index rebuilt in %.1f s (%,d MB)", rebuild.toMillis() / 1000.0, indexBytes / 1_000_000);
        String finnish = finnishMode(mapping);

        // 2. the query mix and its three forms
        List<BenchQuery> queries = queries();
        List<RawPlan> rawPlans = rawPlans(context.getBean(ServiceIndex.class), em, readOnly, queries);
        List<SqlPlan> sqlPlans = queries.stream().map(SearchBenchmark::sqlPlan).toList();
        Path indexDir = luceneIndexDirectory();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir));
                SqlClients sql = new SqlClients(env.getRequiredProperty("spring.datasource.url"),
                        env.getProperty("spring.datasource.username", ""),
                        env.getProperty("spring.datasource.password", ""), clients)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            log("Raw Lucene reader on %s: %,d documents", indexDir, reader.numDocs());
            if (searcher.storedFields().document(0, CARD_FIELDS).get("name.fi_stored") == null) {
                throw new IllegalStateException("The index has no stored hit card fields: " + CARD_FIELDS);
            }

            Op serviceOp = i -> {
                BenchQuery q = queries.get(i);
                SearchResult r = service.search(q.query(), q.locale(), 0, PAGE);
                return r.total() + r.hits().size();
            };
            Op rawOp = i -> rawSearch(searcher, rawPlans.get(i), 0, PAGE);
            Op sqlOp = i -> sql.run(c -> sqlSearch(c, sqlPlans.get(i)));

            // 3. the same totals from the service and from raw Lucene prove they ran the same query
            long[][] totals = sql.run(c -> checkTotals(queries, service, searcher, rawPlans, c, sqlPlans));
            String statements = statementsPerSearch(emf, queries, service);

            // 4. one client (service time), then the concurrent clients
            List<Run> runs = new ArrayList<>();
            int n = queries.size();
            measure("service", 1, false, n * 4, 0, n, serviceOp, seed);
            runs.add(measure("service", 1, false, 0, Math.min(searches, n * 10), n, serviceOp, seed));
            runs.add(measure("service", clients, false, warmup, searches, n, serviceOp, seed));
            measure("raw Lucene", 1, false, n * 10, 0, n, rawOp, seed);
            runs.add(measure("raw Lucene", 1, false, 0, Math.min(searches, n * 10), n, rawOp, seed));
            runs.add(measure("raw Lucene", clients, false, warmup, searches, n, rawOp, seed));
            if (paced > 0) {
                runs.add(measure("service", clients, true, 0, paced, n, serviceOp, seed));
                runs.add(measure("raw Lucene", clients, true, 0, paced, n, rawOp, seed));
            }
            measure("SQL LIKE", 1, false, n, 0, n, sqlOp, seed);
            runs.add(measure("SQL LIKE", 1, false, 0, Math.min(sqlSearches, n * 4), n, sqlOp, seed));
            runs.add(measure("SQL LIKE", clients, false, Math.min(warmup, n * 4), sqlSearches, n, sqlOp, seed));

            report(queries, totals, runs, startup, loaded, rebuild, indexBytes, finnish, statements, clients);
        }
    }

    // --- the query mix ---------------------------------------------------------------------------

    /** The relevance set (inflected, compound, misspelt; fi/sv/en) plus filtered and browsing variants. */
    static List<BenchQuery> queries() throws IOException {
        List<BenchQuery> list = new ArrayList<>();
        try (InputStream in = SearchBenchmark.class.getClassLoader()
                .getResourceAsStream("servicemap/relevance-set.tsv")) {
            if (in == null) {
                throw new IllegalStateException("servicemap/relevance-set.tsv is not on the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                list.add(new BenchQuery(parts[0], "text", ServiceQuery.ALL.withText(parts[0]), locale(parts[1])));
            }
        }
        list.add(filtered("", "fi", "browse", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false, Set.of()));
        list.add(filtered("", "fi", "browse", Set.of(Domain.MIND), Set.of(), Set.of(), Set.of(), Set.of(), false,
                Set.of()));
        list.add(filtered("", "sv", "browse", Set.of(), Set.of("416"), Set.of(), Set.of(TargetGroup.UNEMPLOYED),
                Set.of(), false, Set.of()));
        list.add(filtered("velkaneuvontaan", "fi", "text + filters", Set.of(), Set.of("405"), Set.of(), Set.of(),
                Set.of(), false, Set.of()));
        list.add(filtered("työkokeiluun", "fi", "text + filters", Set.of(Domain.WORK), Set.of(), Set.of(), Set.of(),
                Set.of(), true, Set.of()));
        list.add(filtered("masennukseen", "fi", "text + filters", Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(ChannelType.LOCATION), false, Set.of()));
        list.add(filtered("kuntoutukseen", "fi", "text + filters", Set.of(), Set.of("153", "700"),
                Set.of(OrganisationType.KELA, OrganisationType.WELLBEING_COUNTY), Set.of(), Set.of(), false, Set.of()));
        list.add(filtered("debt advice", "en", "text + filters", Set.of(), Set.of(),
                Set.of(OrganisationType.NGO), Set.of(), Set.of(), false, Set.of()));
        list.add(filtered("arbetsprövning", "sv", "text + filters", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                false, Set.of("sv")));
        list.add(filtered("ruoka-apua", "fi", "text + filters", Set.of(), Set.of("153"), Set.of(), Set.of(),
                Set.of(ChannelType.PHONE), false, Set.of()));
        list.add(filtered("mielenterveys", "fi", "text + filters", Set.of(Domain.MIND), Set.of(), Set.of(),
                Set.of(TargetGroup.YOUTH), Set.of(), false, Set.of()));
        return List.copyOf(list);
    }

    private static BenchQuery filtered(String text, String lang, String category, Set<Domain> domains,
            Set<String> municipalities, Set<OrganisationType> orgTypes, Set<TargetGroup> targets,
            Set<ChannelType> ways, boolean free, Set<String> languages) {
        ServiceQuery q = new ServiceQuery(text, domains, municipalities, orgTypes, targets, ways, free, languages);
        List<String> filters = new ArrayList<>();
        domains.forEach(d -> filters.add(d.name()));
        municipalities.forEach(filters::add);
        orgTypes.forEach(o -> filters.add(o.name()));
        targets.forEach(t -> filters.add(t.name()));
        ways.forEach(w -> filters.add(w.name()));
        if (free) {
            filters.add("FREE");
        }
        languages.forEach(l -> filters.add("lang " + l));
        Collections.sort(filters);
        String label = (text.isEmpty() ? "(all)" : text) + (filters.isEmpty() ? "" : " + " + String.join(", ", filters));
        return new BenchQuery(label, category, q, locale(lang));
    }

    private static Locale locale(String tag) {
        return Languages.fromTag(tag).orElseThrow(() -> new IllegalArgumentException(tag));
    }

    // --- raw Lucene --------------------------------------------------------------------------------

    /**
     * The Lucene queries Hibernate Search runs for each search: ServiceIndex's own predicate code (private,
     * reached by reflection so that it cannot drift from the product), converted to Lucene queries. A
     * search with filters also runs one facet-only query per filtered group, as ServiceIndex does. The
     * breadth of a text search (strict or wide) is decided once here, as ServiceIndex decides it with a
     * count query before each search; that count query is not timed on the raw path.
     */
    private static List<RawPlan> rawPlans(ServiceIndex index, EntityManager em, TransactionTemplate tx,
            List<BenchQuery> queries) throws ReflectiveOperationException {
        Class<?> groupType = Class.forName(ServiceIndex.class.getName() + "$Group");
        Class<?> breadthType = Class.forName(ServiceIndex.class.getName() + "$Breadth");
        Method predicate = ServiceIndex.class.getDeclaredMethod("predicate", SearchPredicateFactory.class,
                ServiceQuery.class, Locale.class, groupType, breadthType);
        predicate.setAccessible(true);
        Method breadthOf = ServiceIndex.class.getDeclaredMethod("breadth",
                org.hibernate.search.mapper.orm.session.SearchSession.class, ServiceQuery.class, Locale.class);
        breadthOf.setAccessible(true);
        Map<String, Object> groups = new HashMap<>();
        for (Object g : groupType.getEnumConstants()) {
            groups.put(((Enum<?>) g).name(), g);
        }
        if (!groups.keySet().equals(GROUP_FIELDS.keySet())) {
            throw new IllegalStateException("ServiceIndex's filter groups changed: " + groups.keySet()
                    + "; update SearchBenchmark.GROUP_FIELDS");
        }
        return tx.execute(status -> {
            var scope = Search.session(em).scope(ServiceEntity.class);
            List<RawPlan> plans = new ArrayList<>();
            for (BenchQuery b : queries) {
                ServiceQuery q = b.query();
                Object breadth;
                try {
                    breadth = breadthOf.invoke(index, Search.session(em), q, b.locale());
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Could not decide the breadth of " + q.text(), e);
                }
                Query main = lucene(predicate, index, scope.predicate(), q, b.locale(), null, breadth);
                List<Map.Entry<Query, String>> extra = new ArrayList<>();
                List<String> mainFacets = new ArrayList<>();
                Map<String, Boolean> active = new LinkedHashMap<>();
                active.put("DOMAIN", !q.domains().isEmpty());
                active.put("MUNICIPALITY", !q.municipalities().isEmpty());
                active.put("ORG_TYPE", !q.organisationTypes().isEmpty());
                active.put("TARGET", !q.targetGroups().isEmpty());
                active.put("WAY", !q.ways().isEmpty());
                active.put("FREE", q.freeOnly());
                active.put("LANGUAGE", !q.languages().isEmpty());
                active.forEach((group, on) -> {
                    if (on) {
                        extra.add(Map.entry(lucene(predicate, index, scope.predicate(), q, b.locale(), groups.get(group),
                                breadth), GROUP_FIELDS.get(group)));
                    } else {
                        mainFacets.add(GROUP_FIELDS.get(group));
                    }
                });
                plans.add(new RawPlan(main, mainFacets.toArray(String[]::new), List.copyOf(extra)));
            }
            return plans;
        });
    }

    private static Query lucene(Method predicate, ServiceIndex index, SearchPredicateFactory f, ServiceQuery q,
            Locale locale, Object skip, Object breadth) {
        try {
            PredicateFinalStep step = (PredicateFinalStep) predicate.invoke(index, f, q, locale, skip, breadth);
            return LuceneMigrationUtils.toLuceneQuery(step.toPredicate());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not build the predicate of ServiceIndex", e);
        }
    }

    /** Top hits with exact total, every facet over its doc values, ids of the page; then the facet-only queries. */
    private static long rawSearch(IndexSearcher searcher, RawPlan plan, int offset, int limit) throws IOException {
        Object[] results = searcher.search(plan.main(), new MultiCollectorManager(
                new TopScoreDocCollectorManager(offset + limit, null, Integer.MAX_VALUE),
                new FacetCountsManager(plan.mainFacets())));
        TopDocs top = (TopDocs) results[0];
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) results[1];
        long sum = top.totalHits.value + facets.size();
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = offset; i < docs.length; i++) {
            var card = stored.document(docs[i].doc, CARD_FIELDS);
            String id = card.get("_id");
            sum += (id == null ? 0 : id.length()) + card.getFields().size();
        }
        for (Map.Entry<Query, String> extra : plan.facetOnly()) {
            sum += searcher.search(extra.getKey(), new FacetCountsManager(extra.getValue())).size();
        }
        return sum;
    }

    private static long rawTotal(IndexSearcher searcher, RawPlan plan) throws IOException {
        return searcher.count(plan.main());
    }

    /** Term counts of keyword fields over their sorted-set doc values, as Hibernate Search's terms aggregation. */
    static final class FacetCountsManager implements CollectorManager<FacetCounts, Map<String, Map<String, Long>>> {

        private final String[] fields;

        FacetCountsManager(String... fields) {
            this.fields = fields;
        }

        @Override
        public FacetCounts newCollector() {
            return new FacetCounts(fields);
        }

        @Override
        public Map<String, Map<String, Long>> reduce(Collection<FacetCounts> collectors) {
            if (collectors.size() == 1) {
                return collectors.iterator().next().counts;
            }
            Map<String, Map<String, Long>> all = new HashMap<>();
            for (FacetCounts c : collectors) {
                c.counts.forEach((field, m) -> m.forEach((term, n) ->
                        all.computeIfAbsent(field, k -> new HashMap<>()).merge(term, n, Long::sum)));
            }
            return all;
        }
    }

    static final class FacetCounts implements Collector {

        private final String[] fields;
        final Map<String, Map<String, Long>> counts = new HashMap<>();

        FacetCounts(String[] fields) {
            this.fields = fields;
            for (String f : fields) {
                counts.put(f, new HashMap<>());
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues[] values = new SortedSetDocValues[fields.length];
            int[][] ords = new int[fields.length][];
            for (int i = 0; i < fields.length; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), fields[i]);
                ords[i] = new int[(int) values[i].getValueCount()];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < values.length; i++) {
                        if (values[i].advanceExact(doc)) {
                            for (int k = values[i].docValueCount(); k > 0; k--) {
                                ords[i][(int) values[i].nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < values.length; i++) {
                        Map<String, Long> m = counts.get(fields[i]);
                        for (int ord = 0; ord < ords[i].length; ord++) {
                            if (ords[i][ord] > 0) {
                                m.merge(values[i].lookupOrd(ord).utf8ToString(), (long) ords[i][ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The directory Hibernate Search writes the service index to (root/service). */
    private static Path luceneIndexDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(INDEX_DIR.toAbsolutePath())) {
            return files.filter(p -> p.getFileName().toString().startsWith("segments_")).map(Path::getParent)
                    .findFirst().orElseThrow(() -> new IllegalStateException("No Lucene index under " + INDEX_DIR));
        }
    }

    /** Whether Finnish text goes through Voikko (base forms) or the Snowball fallback, from the analyser itself. */
    private static String finnishMode(SearchMapping mapping) throws IOException {
        Analyzer fi = mapping.backend().unwrap(LuceneBackend.class).analyzer("fi").orElseThrow();
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = fi.tokenStream("x", "terveystarkastukseen")) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        }
        return (tokens.contains("terveystarkastus") ? "Voikko base forms" : "Snowball fallback") + " "
                + "(\"terveystarkastukseen\" → " + tokens + ")";
    }

    // --- naive SQL ---------------------------------------------------------------------------------

    private static final String[] LIKE_COLUMNS = {"s.name_fi", "s.summary_fi", "s.name_sv", "s.summary_sv",
        "s.name_en", "s.summary_en"};

    /** Every word must occur in some name or summary column (any language); the filters as EXISTS. */
    static SqlPlan sqlPlan(BenchQuery b) {
        ServiceQuery q = b.query();
        StringBuilder where = new StringBuilder(" FROM service s WHERE s.status = 'PUBLISHED'");
        List<Object> params = new ArrayList<>();
        for (String raw : q.text().split("\\s+")) {
            String word = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (word.length() < 2) {
                continue;
            }
            where.append(" AND (");
            for (int i = 0; i < LIKE_COLUMNS.length; i++) {
                where.append(i == 0 ? "" : " OR ").append(LIKE_COLUMNS[i]).append(" LIKE ?");
                params.add("%" + word + "%");
            }
            where.append(')');
        }
        exists(where, params, "service_domain", "domain", q.domains().stream().map(Enum::name).toList());
        if (!q.municipalities().isEmpty()) {
            where.append(" AND (NOT EXISTS (SELECT 1 FROM service_municipality m WHERE m.service_id = s.id) OR");
            exists(where.append(" 1 = 1"), params, "service_municipality", "municipality",
                    List.copyOf(q.municipalities()));
            where.append(')');
        }
        if (!q.organisationTypes().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM organisation o WHERE o.id = s.organisation_id AND o.type IN (")
                    .append(marks(q.organisationTypes().size())).append("))");
            q.organisationTypes().forEach(o -> params.add(o.name()));
        }
        exists(where, params, "service_target_group", "target_group",
                q.targetGroups().stream().map(Enum::name).toList());
        exists(where, params, "service_channel", "type", q.ways().stream().map(Enum::name).toList());
        if (q.freeOnly()) {
            where.append(" AND s.charge_type = 'FREE'");
        }
        exists(where, params, "service_language", "language", List.copyOf(q.languages()));
        return new SqlPlan("SELECT s.id, s.name_fi, s.summary_fi" + where + " ORDER BY s.id LIMIT " + PAGE,
                "SELECT COUNT(*)" + where, List.copyOf(params));
    }

    private static void exists(StringBuilder where, List<Object> params, String table, String column,
            List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        where.append(" AND EXISTS (SELECT 1 FROM ").append(table).append(" x WHERE x.service_id = s.id AND x.")
                .append(column).append(" IN (").append(marks(values.size())).append("))");
        params.addAll(values);
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static long sqlSearch(Connection c, SqlPlan plan) throws SQLException {
        long sum = 0;
        try (PreparedStatement page = c.prepareStatement(plan.pageSql())) {
            bind(page, plan.params());
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    sum += rs.getLong(1) + rs.getString(2).length();
                }
            }
        }
        return sum + sqlTotal(c, plan);
    }

    /**
     * One JDBC connection per client, opened up front, so that the baseline measures the database and not
     * a wait for the application's pool (10 connections, 3 s timeout with the embedded database).
     */
    static final class SqlClients implements AutoCloseable {

        interface Work<T> {
            T run(Connection c) throws Exception;
        }

        private final java.util.concurrent.BlockingQueue<Connection> free;
        private final List<Connection> all = new ArrayList<>();

        SqlClients(String url, String user, String password, int clients) throws SQLException {
            free = new java.util.concurrent.ArrayBlockingQueue<>(clients);
            for (int i = 0; i < clients; i++) {
                Connection c = java.sql.DriverManager.getConnection(url, user, password);
                c.setReadOnly(true);
                all.add(c);
                free.add(c);
            }
        }

        <T> T run(Work<T> work) throws Exception {
            Connection c = free.take();
            try {
                return work.run(c);
            } finally {
                free.add(c);
            }
        }

        @Override
        public void close() throws SQLException {
            for (Connection c : all) {
                c.close();
            }
        }
    }

    private static long sqlTotal(Connection c, SqlPlan plan) throws SQLException {
        try (PreparedStatement count = c.prepareStatement(plan.countSql())) {
            bind(count, plan.params());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    // --- measuring ---------------------------------------------------------------------------------

    /** Totals per query: [service, raw Lucene, SQL]. Service and raw Lucene must agree. */
    private static long[][] checkTotals(List<BenchQuery> queries, ServiceMapService service, IndexSearcher searcher,
            List<RawPlan> raw, Connection c, List<SqlPlan> sql) throws Exception {
        long[][] totals = new long[queries.size()][];
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            BenchQuery q = queries.get(i);
            long s = service.search(q.query(), q.locale(), 0, PAGE).total();
            long r = rawTotal(searcher, raw.get(i));
            totals[i] = new long[] {s, r, sqlTotal(c, sql.get(i))};
            if (s != r) {
                mismatches.add(q.label() + ": service " + s + ", raw Lucene " + r);
            }
        }
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("Raw Lucene does not run the same query as the service: " + mismatches);
        }
        return totals;
    }

    /** What one service search costs the database: JDBC statements and loads (Hibernate statistics, one pass). */
    private static String statementsPerSearch(EntityManagerFactory emf, List<BenchQuery> queries,
            ServiceMapService service) {
        org.hibernate.stat.Statistics stats = emf.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        boolean wasEnabled = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        stats.clear();
        for (BenchQuery q : queries) {
            service.search(q.query(), q.locale(), 0, PAGE);
        }
        double n = queries.size();
        String result = String.format(Locale.ROOT, "%.1f JDBC connections, %.1f JDBC statements, %.1f entity loads, "
                + "%.1f collection loads", stats.getConnectCount() / n, stats.getPrepareStatementCount() / n,
                stats.getEntityLoadCount() / n, stats.getCollectionLoadCount() / n);
        stats.setStatisticsEnabled(wasEnabled);
        return result;
    }

    /**
     * {@code clients} threads take searches from one queue: {@code warmup} unrecorded, then {@code measured}
     * recorded. The queries come in shuffled rounds, so every query runs equally often.
     */
    private static Run measure(String path, int clients, boolean paced, int warmup, int measured, int queryCount,
            Op direct, long seed) throws InterruptedException {
        Op op = paced ? paced(direct, seed) : direct;
        Random rnd = new Random(seed);
        int total = warmup + measured;
        int[] order = new int[total];
        List<Integer> round = new ArrayList<>();
        for (int i = 0; i < queryCount; i++) {
            round.add(i);
        }
        for (int i = 0; i < total; i++) {
            if (i % queryCount == 0) {
                Collections.shuffle(round, rnd);
            }
            order[i] = round.get(i % queryCount);
        }
        if (warmup > 0) {
            phase(clients, Arrays.copyOfRange(order, 0, warmup), op);
        }
        int[] measuredOrder = Arrays.copyOfRange(order, warmup, total);
        if (measured == 0) {
            return new Run(path, clients, paced, new long[0], new int[0], 1, 0);
        }
        System.gc();
        long started = System.nanoTime();
        long[] nanos = new long[measured];
        int errors = phase(clients, measuredOrder, op, nanos);
        double seconds = (System.nanoTime() - started) / 1e9;
        Run run = new Run(path, clients, paced, nanos, measuredOrder, seconds, errors);
        log("%-10s %2d client(s)%s: %,6d searches in %5.1f s, p95 %.1f ms, %d errors", path, clients,
                paced ? " with think time" : "", measured, seconds, percentile(nanos, 0.95) / 1e6, errors);
        return run;
    }

    private static int phase(int clients, int[] order, Op op) throws InterruptedException {
        return phase(clients, order, op, new long[order.length]);
    }

    private static int phase(int clients, int[] order, Op op, long[] nanos) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        LongAdder blackhole = new LongAdder();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int t = 0; t < clients; t++) {
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                int i;
                while ((i = next.getAndIncrement()) < order.length) {
                    try {
                        op.before();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long t0 = System.nanoTime();
                    try {
                        blackhole.add(op.run(order[i]));
                    } catch (Exception | Error e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                    nanos[i] = System.nanoTime() - t0;
                }
            });
        }
        start.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("A benchmark phase did not finish in 30 minutes");
        }
        if (firstError.get() != null) {
            System.err.println(errors.get() + " searches failed; the first:");
            firstError.get().printStackTrace();
        }
        sink = blackhole.sum();
        return errors.get();
    }

    /** Think time before each search: uniform 0–2 s (mean 1 s), so 20 clients offer about 20 searches a second. */
    private static final long MAX_THINK_MILLIS = 2_000;

    /** A search preceded by a pause that is not timed: users who read their results before the next search. */
    private static Op paced(Op op, long seed) {
        ThreadLocal<Random> think = ThreadLocal.withInitial(() -> new Random(seed ^ Thread.currentThread().threadId()));
        return new Op() {
            @Override
            public long run(int queryIndex) throws Exception {
                return op.run(queryIndex);
            }

            @Override
            public void before() throws InterruptedException {
                Thread.sleep(think.get().nextLong(MAX_THINK_MILLIS + 1));
            }
        };
    }

    // --- reporting ---------------------------------------------------------------------------------

    private static void report(List<BenchQuery> queries, long[][] totals, List<Run> runs, Duration startup,
            SyntheticCatalogue.Stats loaded, Duration rebuild, long indexBytes, String finnish, String statements,
            int clients) {
        StringBuilder out = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        out.append("\n## Service map search benchmark\n\n");
        out.append(String.format(Locale.ROOT, "- machine: %s, %d cores, JVM max heap %,d MB, Java %s (%s), %s %s%n",
                cpuModel(), rt.availableProcessors(), rt.maxMemory() / 1_000_000, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.version")));
        out.append(String.format(Locale.ROOT, "- catalogue: %,d services (%,d published, %,d channels), %,d "
                + "organisations, generated and inserted through JPA in %.1f s%n", loaded.services(), loaded.published(),
                loaded.channels(), loaded.organisations(), loaded.elapsed().toMillis() / 1000.0));
        out.append(String.format(Locale.ROOT, "- index rebuild (mass indexer, 2 loading threads): %.1f s, index %,d MB"
                + "; application start %.1f s%n", rebuild.toMillis() / 1000.0, indexBytes / 1_000_000,
                startup.toMillis() / 1000.0));
        out.append("- Finnish analysis: ").append(finnish).append('\n');
        out.append("- one service search of the mix, on average: ").append(statements).append('\n');
        out.append(String.format(Locale.ROOT, "- query mix: %d queries (%d text, %d text + filters, %d browse), "
                + "page of %d, facets on%n%n", queries.size(), count(queries, "text"), count(queries, "text + filters"),
                count(queries, "browse"), PAGE));

        out.append("| path | clients | searches | p50 ms | p95 ms | p99 ms | max ms | mean ms | searches/s | errors |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Run r : runs) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %d |%n",
                    r.path(), clientsLabel(r), r.nanos().length, ms(percentile(r.nanos(), 0.50)),
                    ms(percentile(r.nanos(), 0.95)), ms(percentile(r.nanos(), 0.99)), ms(percentile(r.nanos(), 1.0)),
                    ms(Arrays.stream(r.nanos()).average().orElse(0)), r.throughput(), r.errors()));
        }

        out.append(String.format(Locale.ROOT, "%n**p95 (ms) by kind of query, %d clients without think time**%n%n",
                clients));
        List<String> categories = List.of("text", "text + filters", "browse");
        out.append("| path |");
        categories.forEach(c -> out.append(' ').append(c).append(" |"));
        out.append("\n|---|").append("---:|".repeat(categories.size())).append('\n');
        for (Run r : runs) {
            if (r.clients() != clients || r.paced()) {
                continue;
            }
            out.append("| ").append(r.path()).append(" |");
            for (String c : categories) {
                out.append(String.format(Locale.ROOT, " %.1f |", ms(percentile(select(r, queries, c), 0.95))));
            }
            out.append('\n');
        }

        out.append("\n**Per query (1 client: median ms; totals = matching published services)**\n\n");
        out.append("| query | lang | kind | service ms | raw Lucene ms | SQL ms | total (index) | total (SQL LIKE) |\n");
        out.append("|---|---|---|---:|---:|---:|---:|---:|\n");
        Map<String, Run> single = new HashMap<>();
        runs.stream().filter(r -> r.clients() == 1).forEach(r -> single.put(r.path(), r));
        List<Integer> byServiceTime = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            byServiceTime.add(i);
        }
        double[] serviceMedian = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            serviceMedian[i] = median(single.get("service"), i);
        }
        byServiceTime.sort(Comparator.comparingDouble((Integer i) -> serviceMedian[i]).reversed());
        for (int i : byServiceTime) {
            BenchQuery q = queries.get(i);
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.2f | %.1f | %,d | %,d |%n", q.label(),
                    q.locale().getLanguage(), q.category(), ms(serviceMedian[i]), ms(median(single.get("raw Lucene"), i)),
                    ms(median(single.get("SQL LIKE"), i)), totals[i][0], totals[i][2]));
        }
        long sqlZero = Arrays.stream(totals).filter(t -> t[2] == 0 && t[0] > 0).count();
        out.append(String.format(Locale.ROOT, "%nSQL LIKE finds nothing for %d of the %d queries the index answers.%n",
                sqlZero, queries.size()));

        out.append('\n');
        for (boolean paced : new boolean[] {false, true}) {
            Run service = find(runs, "service", clients, paced);
            Run raw = find(runs, "raw Lucene", clients, paced);
            if (service == null || raw == null) {
                continue;
            }
            double p95 = ms(percentile(service.nanos(), 0.95));
            double rawP95 = ms(percentile(raw.nanos(), 0.95));
            double ratio = p95 / rawP95;
            out.append(String.format(Locale.ROOT, "**Verdict, %d clients %s**: service p95 %.1f ms — goal ≤ 20 ms: %s; "
                    + "%.1f× raw Lucene p95 (%.1f ms) — goal ≤ 2×: %s%n%n", clients,
                    paced ? "with think time (0–2 s)" : "without think time", p95, p95 <= 20 ? "MET" : "MISSED", ratio,
                    rawP95, ratio <= 2 ? "MET" : "MISSED"));
        }
        int errors = runs.stream().mapToInt(Run::errors).sum();
        if (errors > 0) {
            out.append("**").append(errors).append(" searches failed: the figures above are not valid.**\n");
        }
        System.out.println(out);
    }

    private static long count(List<BenchQuery> queries, String category) {
        return queries.stream().filter(q -> q.category().equals(category)).count();
    }

    private static long[] select(Run r, List<BenchQuery> queries, String category) {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < r.nanos().length; i++) {
            if (queries.get(r.queries()[i]).category().equals(category)) {
                values.add(r.nanos()[i]);
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static double median(Run r, int query) {
        if (r == null) {
            return 0;
        }
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < r.nanos().length; i++) {
            if (r.queries()[i] == query) {
                values.add(r.nanos()[i]);
            }
        }
        return percentile(values.stream().mapToLong(Long::longValue).toArray(), 0.5);
    }

    private static Run find(List<Run> runs, String path, int clients, boolean paced) {
        return runs.stream().filter(r -> r.path().equals(path) && r.clients() == clients && r.paced() == paced)
                .findFirst().orElse(null);
    }

    private static String clientsLabel(Run r) {
        return r.clients() + (r.paced() ? ", think 0–2 s" : "");
    }
}
