package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.cpuModel;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.ms;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.percentile;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xhtmlrenderer.pdf.ITextRenderer;

import com.zaxxer.hikari.HikariDataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.i18n.TranslationProvider;
import fi.tyollisyystalo.base.pdf.PdfRenderer;
import fi.tyollisyystalo.questionnaire.AnswerError;
import fi.tyollisyystalo.healthcheck.DraftCheck;
import fi.tyollisyystalo.healthcheck.HealthCheckRecommendations;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.questionnaire.Option;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.healthcheck.Recommendation;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.healthcheck.SampleAnswers;
import fi.tyollisyystalo.questionnaire.Section;
import fi.tyollisyystalo.healthcheck.SubmittedCheck;
import fi.tyollisyystalo.questionnaire.AnswerValidator;
import fi.tyollisyystalo.healthcheck.internal.HealthCheckProperties;
import fi.tyollisyystalo.healthcheck.internal.scoring.HealthCheckScorer;
import fi.tyollisyystalo.healthcheck.ui.ResultPdfEntry;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.servicemap.PublishingStatus;

/**
 * The health check benchmark (docs/benchmarks.md): not a test, a program. Starts the whole application
 * (fresh embedded MariaDB, the demo catalogue for the recommendations, its web server idle on a free
 * port) and registers {@code residents} residents, each with their own person, sign-in and a seeded
 * variation of {@link SampleAnswers}. Every resident then answers a whole check the way the pages do:
 * {@link ResidentHealthChecks#startOrResume}, one {@link ResidentHealthChecks#saveAnswer} per answer (its own
 * transaction with its audit row), {@link ResidentHealthChecks#continueFrom} at the end of each page and
 * {@link ResidentHealthChecks#submit} (validation, scoring, result JSON, audit, event). That runs once with
 * one client (service time) and once, with each resident's second check, with {@code clients} threads
 * that run whole checks back to back (saturation), each thread with the security context of the resident
 * whose check it is running. The PDF of each first result is built as the result page does
 * (recommendations, {@code ResultPdf}, Flying Saucer with embedded DejaVu fonts), then again step by step
 * and with the fonts read from memory. Baselines: the scoring engine alone, validation, the result JSON, a
 * JDBC round trip, a one-row commit and saveAnswer's own statements over plain JDBC. Latencies are timed
 * around the Java calls: server side, no HTTP, no Vaadin. Run with
 * {@code mvn -Pbenchmark verify -Dbench.main=HealthCheckBenchmark}; sizes with {@code -Dbench.residents=},
 * {@code -Dbench.clients=}, {@code -Dbench.seed=}.
 */
public final class HealthCheckBenchmark {

    private static final Path DB_DIR = Path.of("target/bench-hc-mariadb");
    private static final Path INDEX_DIR = Path.of("target/bench-hc-index");
    private static final String BASE_URL = "https://tyollisyystalo.example";
    /** Share of the answers that are not the sample's but another valid one. */
    private static final double VARIATION = 0.4;
    /** Residents whose calls are recorded statement by statement, after the warm-up. */
    private static final int PROBES = 5;

    /** What is timed. */
    enum Call {
        START("startOrResume"),
        SAVE("saveAnswer"),
        SAVE_CPU("saveAnswer, CPU time of the calling thread"),
        CONTINUE("continueFrom"),
        SUBMIT("submit"),
        RECOMMEND("recommendations (service map searches)"),
        XHTML("XHTML (ResultPdf)"),
        RENDER("Flying Saucer render"),
        PDF("**XHTML + render (the download)**"),
        EMPTY_PDF("one-line document, whole render"),
        FONTS("new ITextRenderer + addFont × 2"),
        DOCUMENT("setDocumentFromString (XML, CSS)"),
        LAYOUT("layout"),
        WRITE("createPDF (writing, font subsets)"),
        ONE_FONTS("new ITextRenderer + addFont × 2"),
        ONE_DOCUMENT("setDocumentFromString (XML, CSS)"),
        ONE_LAYOUT("layout"),
        ONE_WRITE("createPDF (writing, font subsets)"),
        MEMORY_FONTS("XHTML + render, fonts read from memory (not the application's code)"),
        SCORE("HealthCheckScorer.score"),
        VALIDATE("AnswerValidator.validateAll"),
        JSON("result as JSON (Jackson)"),
        SELECT1("JDBC `select 1` (pool connection)"),
        COMMIT("JDBC one-row insert + commit (InnoDB)"),
        JDBC_SAVE("saveAnswer's five statements + commit over plain JDBC"),
        JDBC_NO_AUDIT("the same without the audit insert"),
        JDBC_NO_FSYNC("the same five, commit not flushed to disk");

        static final List<Call> RESULT_STEPS = List.of(FONTS, DOCUMENT, LAYOUT, WRITE);
        static final List<Call> ONE_LINE_STEPS = List.of(ONE_FONTS, ONE_DOCUMENT, ONE_LAYOUT, ONE_WRITE);

        final String label;

        Call(String label) {
            this.label = label;
        }
    }

    /** A signed-in resident with the answers they will give and the language of their pages. */
    record Resident(int index, long personId, Authentication login, int age, Map<String, String> answers,
            Locale locale) {
    }

    /** Latencies (ns) by call of one timed run, on {@code clients} threads. */
    record Run(String label, int clients, Map<Call, long[]> nanos, int tasks, double seconds, int errors,
            long gcCount, long gcMillis) {

        long[] of(Call call) {
            return nanos.getOrDefault(call, new long[0]);
        }
    }

    /** One thread's latencies. */
    static final class Timings {
        private final EnumMap<Call, long[]> values = new EnumMap<>(Call.class);
        private final EnumMap<Call, Integer> sizes = new EnumMap<>(Call.class);

        void since(Call call, long startNanos) {
            add(call, System.nanoTime() - startNanos);
        }

        void add(Call call, long nanos) {
            long[] v = values.computeIfAbsent(call, c -> new long[64]);
            int n = sizes.getOrDefault(call, 0);
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
                values.put(call, v);
            }
            v[n] = nanos;
            sizes.put(call, n + 1);
        }

        static Map<Call, long[]> merge(List<Timings> all) {
            Map<Call, long[]> out = new EnumMap<>(Call.class);
            for (Timings t : all) {
                t.values.forEach((call, v) -> {
                    long[] mine = Arrays.copyOf(v, t.sizes.get(call));
                    out.merge(call, mine, (a, b) -> {
                        long[] both = Arrays.copyOf(a, a.length + b.length);
                        System.arraycopy(b, 0, both, a.length, b.length);
                        return both;
                    });
                });
            }
            return out;
        }
    }

    @FunctionalInterface
    interface Task {
        void run(int index, Timings timings) throws Exception;
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * Keeps every SQL statement Hibernate sends while {@link #on} (set by the benchmark with one client),
     * so that the report can say what each call costs the database. Named in the application properties.
     */
    public static final class StatementRecorder implements StatementInspector {
        static volatile boolean on;
        static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String inspect(String sql) {
            if (on) {
                SEEN.add(sql);
            }
            return sql;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Keeps the results observable, so that no work can be optimised away. */
    static volatile long sink;

    private final ResidentHealthChecks service;
    private final HealthCheckRecommendations recommender;
    private final PdfRenderer pdf;
    private final TranslationProvider translations;
    private final ConfigurableApplicationContext context;

    private HealthCheckBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.service = context.getBean(ResidentHealthChecks.class);
        this.recommender = context.getBean(HealthCheckRecommendations.class);
        this.pdf = context.getBean(PdfRenderer.class);
        this.translations = context.getBean(TranslationProvider.class);
    }

    public static void main(String[] args) {
        int residents = Integer.getInteger("bench.residents", 200);
        int clients = Integer.getInteger("bench.clients", 20);
        long seed = Long.getLong("bench.seed", 20_261_123L);
        BenchmarkSupport.run(DB_DIR, INDEX_DIR, List.of(
                // the demo catalogue gives the recommendations real services to find
                "--tyollisyystalo.demo-data.enabled=true",
                "--spring.jpa.properties.hibernate.session_factory.statement_inspector="
                        + StatementRecorder.class.getName()),
                (context, startup) -> new HealthCheckBenchmark(context).run(startup, residents, clients, seed));
    }

    private void run(Duration startup, int residentCount, int clients, long seed) throws Exception {
        Questionnaire questionnaire = service.currentQuestionnaire();
        Set<String> features = context.getBean(HealthCheckProperties.class).features();
        List<Section> sections = service.currentSections();
        int warmupCount = Math.max(20, residentCount / 2);
        Random random = new Random(seed);
        List<Resident> warmup = residents(0, warmupCount, sections, questionnaire, features, random);
        List<Resident> probes = residents(warmupCount, PROBES, sections, questionnaire, features, random);
        List<Resident> measured = residents(warmupCount + PROBES, residentCount, sections, questionnaire, features,
                random);
        log("%d residents signed up (%d warm-up, %d probe, %d measured)", warmup.size() + probes.size()
                + measured.size(), warmup.size(), probes.size(), measured.size());

        // warm-up: whole checks with the concurrent clients, their PDFs, the baselines
        FontFiles fonts = FontFiles.copy();
        SubmittedCheck[] warm = new SubmittedCheck[warmup.size()];
        parallel("warm-up", clients, warmup.size(), (i, t) -> warm[i] = journey(warmup.get(i), t));
        List<List<Recommendation>> warmRecommendations = recommendations(warmup, warm, new Timings());
        parallel("warm-up PDF", 1, warmup.size(), (i, t) -> pdfSteps(warm[i], warmRecommendations.get(i),
                warmup.get(i).locale(), fonts, t));
        baselines(measured, questionnaire, features, 20_000, new Timings());
        parallel("warm-up JDBC", 1, warmup.size(), (i, t) -> jdbcSaves(warmup.get(i), t, Call.JDBC_SAVE, true));

        // what each call sends to the database, one client
        Map<Call, List<Probe>> statements = probe(probes);

        // the measured runs
        List<Run> runs = new ArrayList<>();
        SubmittedCheck[] first = new SubmittedCheck[measured.size()];
        // with one client, each check is followed by the same answers over plain JDBC: the two side by side
        runs.add(parallel("first checks", 1, measured.size(), (i, t) -> {
            first[i] = journey(measured.get(i), t);
            jdbcSaves(measured.get(i), t, Call.JDBC_SAVE, true);
            jdbcSaves(measured.get(i), t, Call.JDBC_NO_AUDIT, false);
            withoutFsync(() -> jdbcSaves(measured.get(i), t, Call.JDBC_NO_FSYNC, true));
        }));
        runs.add(parallel("second checks", clients, measured.size(), (i, t) -> journey(measured.get(i), t)));

        Timings recTimings = new Timings();
        List<List<Recommendation>> recs = recommendations(measured, first, recTimings);
        int[] sizes = new int[measured.size()];
        int[] pages = new int[measured.size()];
        int[] memorySizes = new int[measured.size()];
        runs.add(new Run("recommendations", 1, Timings.merge(List.of(recTimings)), measured.size(), 0, 0, 0, 0));
        runs.add(parallel("PDF", 1, measured.size(), (i, t) -> {
            byte[] bytes = pdf(first[i], recs.get(i), measured.get(i).locale(), t);
            sizes[i] = bytes.length;
            pages[i] = new PdfReader(bytes).getNumberOfPages();
        }));
        runs.add(parallel("PDF", clients, measured.size(), (i, t) -> pdf(first[i], recs.get(i),
                measured.get(i).locale(), t)));
        runs.add(parallel("PDF steps", 1, measured.size(),
                (i, t) -> memorySizes[i] = pdfSteps(first[i], recs.get(i), measured.get(i).locale(), fonts, t)));
        Timings base = new Timings();
        baselines(measured, questionnaire, features, 20_000, base);
        runs.add(new Run("baselines", 1, Timings.merge(List.of(base)), 0, 0, 0, 0, 0));
        runs.add(parallel("JDBC floor", clients, measured.size(), (i, t) -> {
            jdbcSaves(measured.get(i), t, Call.JDBC_SAVE, true);
            jdbcSaves(measured.get(i), t, Call.JDBC_NO_AUDIT, false);
        }));
        long sizeDiff = 0;
        for (int i = 0; i < sizes.length; i++) {
            sizeDiff = Math.max(sizeDiff, Math.abs(sizes[i] - memorySizes[i]));
        }
        log("PDF with the fonts from memory: at most %d bytes bigger or smaller than the application's", sizeDiff);

        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapUsed = rt.totalMemory() - rt.freeMemory();
        report(startup, questionnaire, features, sections, warmup.size(), measured, clients, seed, statements, runs,
                first, recs, sizes, pages, heapUsed);
    }

    // --- residents and their answers -------------------------------------------------------------

    private static final String[] GIVEN = {"Aino", "Eino", "Helmi", "Väinö", "Ella", "Oskari", "Linnea", "Juho",
        "Saga", "Mikael", "Iida", "Teemu", "Sanna", "Jari", "Pirjo", "Kalle"};
    private static final String[] FAMILY = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine",
        "Heikkinen", "Koskinen", "Järvinen", "Lindqvist", "Öhman", "Turunen"};
    private static final String[] PHRASES = {"Selkä kipeytyy pitkästä seisomisesta.",
        "Haluaisin päästä kuntouttavaan työtoimintaan.", "Nukun huonosti, kun raha-asiat painavat.",
        "Polvi leikattiin viime vuonna, kävely sujuu jo.", "Toivoisin apua työnhakuun ja CV:n tekemiseen.",
        "Jag vill gärna prata med någon om min ork.", "Käyn kerran viikossa uimassa.",
        "Lasten hoito rajoittaa työaikoja."};

    /** Residents signed up through the real person registry, each with a valid test identity code. */
    private List<Resident> residents(int from, int count, List<Section> sections, Questionnaire questionnaire,
            Set<String> features, Random random) {
        List<Resident> list = new ArrayList<>();
        Set<String> used = new HashSet<>();
        LocalDate today = LocalDate.now();
        for (int i = from; i < from + count; i++) {
            LocalDate born;
            Hetu hetu;
            do {
                born = today.minusYears(18 + random.nextInt(48)).minusDays(random.nextInt(365));
                hetu = Hetu.of(born, 900 + random.nextInt(100));
            } while (!used.add(hetu.value()));
            Map<String, String> answers = answers(sections, random);
            List<AnswerError> errors = AnswerValidator.validateAll(questionnaire, features, answers);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("Generated answers are not valid: " + errors + " in " + answers);
            }
            double language = random.nextDouble();
            Locale locale = language < 0.7 ? Languages.FINNISH : language < 0.9 ? Languages.SWEDISH
                    : Languages.ENGLISH;
            long personId = TestLogins.resident(context, hetu.value(), GIVEN[random.nextInt(GIVEN.length)],
                    FAMILY[random.nextInt(FAMILY.length)] + "-" + i);
            Authentication login = SecurityContextHolder.getContext().getAuthentication();
            TestLogins.anonymous();
            list.add(new Resident(i, personId, login, hetu.ageOn(today), answers, locale));
        }
        return list;
    }

    /**
     * One of the two sample answer sets, with {@link #VARIATION} of the answers replaced by another valid
     * answer (numbers near the sample's), in question order, only the questions asked with the answers so far.
     */
    static Map<String, String> answers(List<Section> sections, Random random) {
        Map<String, String> sample = random.nextBoolean() ? SampleAnswers.withFindings() : SampleAnswers.healthy();
        Map<String, String> answers = new LinkedHashMap<>();
        for (Section s : sections) {
            for (Question q : s.questions()) {
                if (!q.isAsked(answers)) {
                    continue;
                }
                String value = sample.get(q.id());
                if (value == null || random.nextDouble() < VARIATION) {
                    value = another(q, value, random);
                }
                if (value != null && !value.isEmpty()) {
                    answers.put(q.id(), value);
                }
            }
        }
        return answers;
    }

    private static String another(Question q, String sample, Random random) {
        if (!q.required() && random.nextInt(3) == 0) {
            return null;
        }
        return switch (q.type()) {
            case SINGLE -> q.options().get(random.nextInt(q.options().size())).code();
            case MULTIPLE -> String.join(",", q.options().stream().filter(o -> random.nextInt(3) == 0)
                    .map(Option::code).toList());
            case YES_NO -> random.nextBoolean() ? "YES" : "NO";
            case SCALE -> String.valueOf(q.minValue() + random.nextInt(q.maxValue() - q.minValue() + 1));
            case NUMBER -> {
                double centre = sample == null ? (q.minValue() + q.maxValue()) / 2.0 : Double.parseDouble(sample);
                long value = Math.round(centre * (1 + 0.12 * random.nextGaussian()));
                yield String.valueOf(Math.clamp(value, q.minValue(), q.maxValue()));
            }
            case TEXT -> {
                StringBuilder text = new StringBuilder();
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    text.append(text.isEmpty() ? "" : " ").append(PHRASES[random.nextInt(PHRASES.length)]);
                }
                yield text.toString();
            }
        };
    }

    // --- the timed work --------------------------------------------------------------------------

    /** A whole check as the pages make it, as this resident, on this thread. */
    private SubmittedCheck journey(Resident r, Timings t) {
        signIn(r);
        try {
            long t0 = System.nanoTime();
            DraftCheck draft = service.startOrResume();
            t.since(Call.START, t0);
            if (!draft.answers().isEmpty()) {
                throw new IllegalStateException("Resident " + r.index() + " resumed a check with answers");
            }
            for (Section s : draft.sections()) {
                for (Question q : s.questions()) {
                    String value = r.answers().get(q.id());
                    if (value == null) {
                        continue;
                    }
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    t0 = System.nanoTime();
                    Optional<AnswerError> error = service.saveAnswer(draft.id(), q.id(), value);
                    t.since(Call.SAVE, t0);
                    t.add(Call.SAVE_CPU, THREADS.getCurrentThreadCpuTime() - cpu0);
                    if (error.isPresent()) {
                        throw new IllegalStateException("Answer refused: " + error.get());
                    }
                }
                t0 = System.nanoTime();
                List<AnswerError> errors = service.continueFrom(draft.id(), s.id());
                t.since(Call.CONTINUE, t0);
                if (!errors.isEmpty()) {
                    throw new IllegalStateException("Page " + s.id() + " refused: " + errors);
                }
            }
            t0 = System.nanoTime();
            SubmittedCheck submitted = service.submit(draft.id());
            t.since(Call.SUBMIT, t0);
            return submitted;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Each thread has its own security context (SecurityContextHolder is thread-local). */
    private static void signIn(Resident r) {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(r.login());
        SecurityContextHolder.setContext(security);
    }

    /** The recommendations the result page shows (and passes to the PDF), in the resident's language. */
    private List<List<Recommendation>> recommendations(List<Resident> residents, SubmittedCheck[] checks,
            Timings t) {
        List<List<Recommendation>> out = new ArrayList<>();
        for (int i = 0; i < residents.size(); i++) {
            signIn(residents.get(i));
            try {
                long t0 = System.nanoTime();
                out.add(recommender.recommendations(checks[i].result(), residents.get(i).locale()));
                t.since(Call.RECOMMEND, t0);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        return out;
    }

    /** The download of the result page: the XHTML, then Flying Saucer. */
    private byte[] pdf(SubmittedCheck check, List<Recommendation> recommendations, Locale locale, Timings t) {
        long t0 = System.nanoTime();
        String xhtml = ResultPdfEntry.xhtml(check, recommendations, locale, BASE_URL,
                (key, args) -> translations.getTranslation(key, locale, args));
        long t1 = System.nanoTime();
        byte[] bytes = pdf.render(xhtml);
        long t2 = System.nanoTime();
        t.add(Call.XHTML, t1 - t0);
        t.add(Call.RENDER, t2 - t1);
        t.add(Call.PDF, t2 - t0);
        return bytes;
    }

    private static String oneLine() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<title>x</title><style>body { font-family: 'DejaVu Sans'; }</style></head><body><p>Työkyky</p>"
                + "</body></html>";
    }

    /** The fonts as PdfRenderer loads them (its own copies are private), to time the font loading alone. */
    record FontFiles(List<Path> files, List<BaseFont> inMemory) {

        static FontFiles copy() throws Exception {
            Path dir = Files.createTempDirectory("bench-fonts");
            dir.toFile().deleteOnExit();
            List<Path> files = new ArrayList<>();
            List<BaseFont> inMemory = new ArrayList<>();
            for (String name : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
                try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + name)) {
                    byte[] bytes = in.readAllBytes();
                    Path target = dir.resolve(name);
                    Files.write(target, bytes);
                    target.toFile().deleteOnExit();
                    files.add(target);
                    inMemory.add(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null));
                }
            }
            return new FontFiles(files, inMemory);
        }

        /**
         * A renderer with the same fonts parsed once from bytes: the subset of each PDF is then read from
         * memory instead of from the font file one byte a system call.
         */
        ITextRenderer fromMemory() {
            ITextRenderer renderer = new ITextRenderer();
            for (int i = 0; i < files.size(); i++) {
                // the path is read once for the font's description (weight, style), the glyphs come from memory
                renderer.getFontResolver().addFont(inMemory.get(i), files.get(i).toString(), null);
            }
            return renderer;
        }

        ITextRenderer renderer() throws Exception {
            ITextRenderer renderer = new ITextRenderer();
            for (Path font : files) {
                renderer.getFontResolver().addFont(font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            return renderer;
        }
    }

    /**
     * Where the time of a render goes: the one-line document through PdfRenderer and step by step, this
     * result's document step by step, and this result's document with the fonts read from memory (whose
     * size it returns).
     */
    private int pdfSteps(SubmittedCheck check, List<Recommendation> recommendations, Locale locale, FontFiles fonts,
            Timings t) throws Exception {
        long t0 = System.nanoTime();
        sink += pdf.render(oneLine()).length;
        t.since(Call.EMPTY_PDF, t0);
        steps(fonts, oneLine(), t, Call.ONE_LINE_STEPS);
        String xhtml = ResultPdfEntry.xhtml(check, recommendations, locale, BASE_URL,
                (key, args) -> translations.getTranslation(key, locale, args));
        steps(fonts, xhtml, t, Call.RESULT_STEPS);
        t0 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ITextRenderer renderer = fonts.fromMemory();
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        renderer.createPDF(out);
        t.since(Call.MEMORY_FONTS, t0);
        return out.size();
    }

    /** PdfRenderer.render's steps, timed one by one (with the benchmark's copies of the same fonts). */
    private static void steps(FontFiles fonts, String xhtml, Timings t, List<Call> calls) throws Exception {
        long t0 = System.nanoTime();
        ITextRenderer renderer = fonts.renderer();
        long t1 = System.nanoTime();
        renderer.setDocumentFromString(xhtml);
        long t2 = System.nanoTime();
        renderer.layout();
        long t3 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.createPDF(out);
        long t4 = System.nanoTime();
        sink += out.size();
        t.add(calls.get(0), t1 - t0);
        t.add(calls.get(1), t2 - t1);
        t.add(calls.get(2), t3 - t2);
        t.add(calls.get(3), t4 - t3);
    }

    /** The scoring engine and the other parts of submit that do not touch the database; the database alone. */
    private void baselines(List<Resident> residents, Questionnaire questionnaire, Set<String> features, int calls,
            Timings t) throws Exception {
        JsonMapper json = JsonMapper.builder().findAndAddModules().build();
        long sum = 0;
        for (int i = 0; i < calls; i++) {
            Resident r = residents.get(i % residents.size());
            long t0 = System.nanoTime();
            HealthCheckResult result = HealthCheckScorer.score(questionnaire, features, r.answers(), r.age());
            t.since(Call.SCORE, t0);
            t0 = System.nanoTime();
            sum += AnswerValidator.validateAll(questionnaire, features, r.answers()).size();
            t.since(Call.VALIDATE, t0);
            t0 = System.nanoTime();
            sum += json.writeValueAsString(result).length();
            t.since(Call.JSON, t0);
        }
        DataSource dataSource = context.getBean(DataSource.class);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_commit (id bigint auto_increment primary key,"
                    + " at timestamp(6) not null, payload varchar(200) not null) engine=InnoDB");
        }
        for (int i = 0; i < calls / 20; i++) {
            long t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select 1")) {
                rs.next();
                sum += rs.getInt(1);
            }
            t.since(Call.SELECT1, t0);
            t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement(
                        "insert into bench_commit (at, payload) values (current_timestamp(6), ?)")) {
                    ps.setString(1, "HEALTH_CHECK UPDATE " + i);
                    ps.executeUpdate();
                }
                c.commit();
                c.setAutoCommit(true);
            }
            t.since(Call.COMMIT, t0);
        }
        sink += sum;
    }

    /**
     * Work with InnoDB's redo log written but not flushed to disk at each commit
     * ({@code innodb_flush_log_at_trx_commit=2}, of the benchmark's own database), to show what the flush
     * costs; the default (1) is set back afterwards. Only while nothing else runs (one client).
     */
    private void withoutFsync(Work work) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set global innodb_flush_log_at_trx_commit = 2");
        }
        try {
            work.run();
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("set global innodb_flush_log_at_trx_commit = 1");
            }
        }
    }

    /**
     * The database work of one resident's saveAnswer calls without JPA, Spring or security: on a row of
     * its own, per answer one transaction with the statements Hibernate sends for it (the check, its
     * answers, the audit row unless {@code audit} is false, the check's update, the answer) and the commit.
     */
    private void jdbcSaves(Resident r, Timings t, Call call, boolean audit) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        long id;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("insert into"
                + " health_check (person_id, questionnaire_id, questionnaire_version, status, started_at, updated_at)"
                + " values (?, 'bench-floor', 1, 'SUBMITTED', current_timestamp(6), current_timestamp(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, r.personId());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        long sum = 0;
        for (Map.Entry<String, String> answer : r.answers().entrySet()) {
            long t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                sum += rows(c, "select id, person_id, questionnaire_id, questionnaire_version, status, current_section,"
                        + " started_at, updated_at, submitted_at, age_at_submission, result_json from health_check"
                        + " where id = ?", id);
                sum += rows(c, "select health_check_id, question_id, answer_value from health_check_answer"
                        + " where health_check_id = ?", id);
                if (audit) {
                    sum += auditRow(c, r.personId(), id);
                }
                try (PreparedStatement ps = c.prepareStatement("update health_check set current_section = ?,"
                        + " updated_at = current_timestamp(6) where id = ?")) {
                    ps.setString(1, "floor");
                    ps.setLong(2, id);
                    sum += ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("insert into health_check_answer"
                        + " (health_check_id, question_id, answer_value) values (?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, answer.getKey());
                    ps.setString(3, answer.getValue());
                    sum += ps.executeUpdate();
                }
                c.commit();
                c.setAutoCommit(true);
            }
            t.since(call, t0);
        }
        sink += sum;
    }

    private static int auditRow(Connection c, long personId, long checkId) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("insert into audit_event (occurred_at, actor_type, actor_id,"
                + " actor_name, actor_role, subject_person_id, object_type, object_id, action, purpose, request_id)"
                + " values (current_timestamp(6), 'RESIDENT', ?, 'Bench Resident', 'RESIDENT', ?, 'HEALTH_CHECK', ?,"
                + " 'UPDATE', 'OWN_DATA', '')", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, String.valueOf(personId));
            ps.setLong(2, personId);
            ps.setString(3, String.valueOf(checkId));
            return ps.executeUpdate();
        }
    }

    private static int rows(Connection c, String sql, long id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                return n;
            }
        }
    }

    /** Whole checks of a few residents, one client, recording each call's SQL and MariaDB's query count. */
    private Map<Call, List<Probe>> probe(List<Resident> residents) throws Exception {
        Map<Call, List<Probe>> out = new EnumMap<>(Call.class);
        Timings ignored = new Timings();
        try (Connection status = context.getBean(DataSource.class).getConnection()) {
            Recorder record = new Recorder(out, status);
            for (Resident r : residents) {
                probe(r, record, ignored);
            }
        }
        return out;
    }

    private void probe(Resident r, Recorder record, Timings ignored) {
        signIn(r);
        try {
            DraftCheck draft = record.call(Call.START, service::startOrResume);
            for (Section s : draft.sections()) {
                for (Question q : s.questions()) {
                    String value = r.answers().get(q.id());
                    if (value != null) {
                        record.call(Call.SAVE, () -> service.saveAnswer(draft.id(), q.id(), value));
                    }
                }
                record.call(Call.CONTINUE, () -> service.continueFrom(draft.id(), s.id()));
            }
            SubmittedCheck done = record.call(Call.SUBMIT, () -> service.submit(draft.id()));
            List<Recommendation> recs = record.call(Call.RECOMMEND,
                    () -> recommender.recommendations(done.result(), r.locale()));
            sink += pdf(done, recs, r.locale(), ignored).length;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One probed call: the statements Hibernate sent and all that MariaDB received (commits, settings too). */
    record Probe(List<String> statements, long queries) {
    }

    /** Probes calls one at a time, with MariaDB's query counter read on a connection of its own. */
    record Recorder(Map<Call, List<Probe>> out, Connection status) {

        <T> T call(Call call, Supplier<T> work) {
            long before = questions();
            StatementRecorder.SEEN.clear();
            StatementRecorder.on = true;
            try {
                return work.get();
            } finally {
                StatementRecorder.on = false;
                // the counter counts its own reading too
                long queries = questions() - before - 1;
                out.computeIfAbsent(call, c -> new ArrayList<>())
                        .add(new Probe(List.copyOf(StatementRecorder.SEEN), queries));
            }
        }

        private long questions() {
            try (Statement s = status.createStatement();
                    ResultSet rs = s.executeQuery("show global status like 'Questions'")) {
                rs.next();
                return rs.getLong(2);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs {@code task(0 … count-1)} on {@code clients} threads, each taking the next index when it is free. */
    private static Run parallel(String label, int clients, int count, Task task) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        List<Timings> timings = Collections.synchronizedList(new ArrayList<>());
        long gcCount = gcCount();
        long gcMillis = gcMillis();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                Timings mine = new Timings();
                timings.add(mine);
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    try {
                        task.run(i, mine);
                    } catch (Exception | Error e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.MINUTES)) {
            throw new IllegalStateException("A benchmark run did not finish in an hour");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (firstError.get() != null) {
            System.err.println(errors.get() + " tasks of " + label + " failed; the first:");
            firstError.get().printStackTrace();
        }
        Run run = new Run(label, clients, Timings.merge(timings), count, seconds, errors.get(), gcCount() - gcCount,
                gcMillis() - gcMillis);
        log("%-14s %2d client(s): %4d tasks in %6.1f s, %d errors", label, clients, count, seconds, errors.get());
        return run;
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    // --- reporting ---------------------------------------------------------------------------------

    private static final Pattern SELECT = Pattern.compile("(?is)^\\s*select\\b.*?\\bfrom\\s+(\\w+)");
    private static final Pattern WRITE = Pattern.compile("(?is)^\\s*(insert\\s+into|update|delete\\s+from)\\s+(\\w+)");

    /** "select health_check", "insert audit_event": what a statement does to which table. */
    static String shortSql(String sql) {
        Matcher m = SELECT.matcher(sql);
        if (m.find()) {
            return "select " + m.group(1);
        }
        m = WRITE.matcher(sql);
        if (m.find()) {
            return m.group(1).toLowerCase(Locale.ROOT).split("\\s+")[0] + " " + m.group(2);
        }
        return sql.length() > 40 ? sql.substring(0, 40) + "…" : sql;
    }

    private void report(Duration startup, Questionnaire questionnaire, Set<String> features, List<Section> sections,
            int warmups, List<Resident> residents, int clients, long seed, Map<Call, List<Probe>> statements,
            List<Run> runs, SubmittedCheck[] first, List<List<Recommendation>> recs, int[] sizes, int[] pages,
            long heapUsed) {
        StringBuilder out = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        DataSource dataSource = context.getBean(DataSource.class);
        String pool = dataSource instanceof HikariDataSource h ? String.valueOf(h.getMaximumPoolSize()) : "?";
        long published = publishedServices();
        int questions = sections.stream().mapToInt(s -> s.questions().size()).sum();
        int[] answered = residents.stream().mapToInt(r -> r.answers().size()).sorted().toArray();

        out.append("\n## Health check benchmark\n\n");
        out.append(String.format(Locale.ROOT, "- machine: %s, %d cores, JVM max heap %,d MB, Java %s (%s), %s %s%n",
                cpuModel(), rt.availableProcessors(), rt.maxMemory() / 1_000_000, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.version")));
        out.append(String.format(Locale.ROOT, "- application start %.1f s; demo catalogue, %d published services; "
                + "connection pool %s%n", startup.toMillis() / 1000.0, published, pool));
        out.append(String.format(Locale.ROOT, "- questionnaire %s v%d with the switches %s: %d pages, %d questions; "
                + "a resident answers %d (median; %d–%d)%n", questionnaire.id(), questionnaire.version(), features,
                sections.size(), questions, answered[answered.length / 2], answered[0], answered[answered.length - 1]));
        out.append(String.format(Locale.ROOT, "- %d residents (seed %d), each their own person and sign-in; %d more "
                + "for the warm-up and %d probes; %d concurrent clients%n", residents.size(), seed, warmups, PROBES,
                clients));
        out.append(String.format(Locale.ROOT, "- their first results: work ability %s, %.0f %% offered the "
                + "coordinator, %.1f flags and %.1f recommendations on average; PDFs in fi/sv/en: %s%n",
                range(Arrays.stream(first).filter(Objects::nonNull)
                        .map(c -> c.result().workAbility()).filter(Objects::nonNull)
                        .mapToInt(Integer::intValue).toArray()),
                100.0 * Arrays.stream(first).filter(c -> c != null && c.result().offerCoordinator()).count()
                        / residents.size(),
                Arrays.stream(first).filter(Objects::nonNull).mapToInt(c -> c.result().flags().size())
                        .average().orElse(0),
                recs.stream().mapToInt(List::size).average().orElse(0), languages(residents)));
        int[] kb = Arrays.stream(sizes).map(s -> (s + 512) / 1024).sorted().toArray();
        int[] sortedPages = Arrays.stream(pages).sorted().toArray();
        out.append(String.format(Locale.ROOT, "- PDF size %d KB median (%d–%d KB), %d–%d pages%n",
                kb[kb.length / 2], kb[0], kb[kb.length - 1], sortedPages[0], sortedPages[sortedPages.length - 1]));
        out.append(String.format(Locale.ROOT, "- heap used after the run (after a GC): %,d MB of %,d MB%n%n",
                heapUsed / 1_000_000, rt.maxMemory() / 1_000_000));

        out.append("**What one call sends to the database** (Hibernate statements, 1 client, ").append(PROBES)
                .append(" probe residents)\n\n| call | Hibernate statements | MariaDB queries | one call |\n"
                        + "|---|---:|---:|---|\n");
        statements.forEach((call, calls) -> {
            double mean = calls.stream().mapToInt(c -> c.statements().size()).average().orElse(0);
            double queries = calls.stream().mapToLong(Probe::queries).average().orElse(0);
            List<String> example = calls.get(calls.size() / 2).statements();
            Map<String, Integer> counts = new LinkedHashMap<>();
            example.forEach(sql -> counts.merge(shortSql(sql), 1, Integer::sum));
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n", call.label, mean, queries,
                    String.join(", ", counts.entrySet().stream()
                            .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : "")).toList())));
        });

        out.append("\n**Service calls** (server side, ms)\n\n");
        out.append("| call | clients | calls |" + COLUMNS + "|---|---:|---:|" + ALIGN);
        for (Call call : List.of(Call.SAVE, Call.SAVE_CPU, Call.JDBC_SAVE, Call.JDBC_NO_AUDIT, Call.JDBC_NO_FSYNC,
                Call.CONTINUE, Call.SUBMIT, Call.START)) {
            for (Run r : runs) {
                if (r.label().endsWith("checks") || r.label().startsWith("JDBC")) {
                    if (r.of(call).length > 0) {
                        row(out, call.label, r.clients(), r.of(call), 1e6);
                    }
                }
            }
        }
        for (Run r : runs) {
            if (r.label().endsWith("checks")) {
                List<long[]> calls = Stream.of(Call.START, Call.SAVE, Call.CONTINUE, Call.SUBMIT).map(r::of).toList();
                long count = calls.stream().mapToLong(c -> c.length).sum();
                double serviceSeconds = calls.stream().flatMapToLong(Arrays::stream).sum() / 1e9;
                out.append(String.format(Locale.ROOT, "%n%s, %d client(s): %d checks, %d errors, GC %d collections "
                        + "%d ms; ", r.label(), r.clients(), r.tasks(), r.errors(), r.gcCount(), r.gcMillis()));
                out.append(r.clients() == 1
                        ? String.format(Locale.ROOT, "a whole check takes %.0f ms of service time (%.1f calls)",
                                serviceSeconds * 1000 / r.tasks(), (double) count / r.tasks())
                        : String.format(Locale.ROOT, "%.1f checks/s, %.0f service calls/s", r.tasks() / r.seconds(),
                                count / r.seconds()));
            }
        }

        out.append("\n\n**Baselines** (1 thread, µs)\n\n");
        out.append("| work | calls |" + COLUMNS + "|---|---:|" + ALIGN);
        Run base = runs.stream().filter(r -> r.label().equals("baselines")).findFirst().orElseThrow();
        for (Call call : List.of(Call.SCORE, Call.VALIDATE, Call.JSON, Call.SELECT1, Call.COMMIT)) {
            row(out, call.label, 0, base.of(call), 1e3);
        }

        out.append("\n**PDF of a result** (ms)\n\n");
        out.append("| step | clients | PDFs |" + COLUMNS + "|---|---:|---:|" + ALIGN);
        Run single = find(runs, "PDF", 1);
        row(out, Call.RECOMMEND.label, 1, find(runs, "recommendations", 1).of(Call.RECOMMEND), 1e6);
        for (Call call : List.of(Call.XHTML, Call.RENDER, Call.PDF)) {
            row(out, call.label, 1, single.of(call), 1e6);
        }
        row(out, Call.PDF.label, clients, find(runs, "PDF", clients).of(Call.PDF), 1e6);
        Run steps = find(runs, "PDF steps", 1);
        for (Call call : Call.RESULT_STEPS) {
            row(out, "render step: " + call.label, 1, steps.of(call), 1e6);
        }
        row(out, Call.EMPTY_PDF.label, 1, steps.of(Call.EMPTY_PDF), 1e6);
        for (Call call : Call.ONE_LINE_STEPS) {
            row(out, "one-line step: " + call.label, 1, steps.of(call), 1e6);
        }
        row(out, Call.MEMORY_FONTS.label, 1, steps.of(Call.MEMORY_FONTS), 1e6);
        for (Run r : runs) {
            if (r.label().equals("PDF")) {
                out.append(String.format(Locale.ROOT, "%nPDF, %d client(s): %d PDFs in %.1f s (%.1f PDFs/s), "
                        + "%d errors, GC %d collections %d ms", r.clients(), r.tasks(), r.seconds(),
                        r.tasks() / r.seconds(), r.errors(), r.gcCount(), r.gcMillis()));
            }
        }
        int errors = runs.stream().mapToInt(Run::errors).sum();
        if (errors > 0) {
            out.append("\n\n**").append(errors).append(" tasks failed: the figures above are not valid.**");
        }
        System.out.println(out.append('\n'));
    }

    private static Run find(List<Run> runs, String label, int clients) {
        return runs.stream().filter(r -> r.label().equals(label) && r.clients() == clients).findFirst()
                .orElseThrow(() -> new IllegalStateException("No run " + label + " with " + clients + " clients"));
    }

    private static final String COLUMNS = " p50 | p95 | p99 | max | mean |\n";
    private static final String ALIGN = "---:|---:|---:|---:|---:|\n";

    /** A table row of latencies in {@code unit} ns; {@code clients} 0 leaves the clients column out. */
    private static void row(StringBuilder out, String label, int clients, long[] values, double unit) {
        out.append("| ").append(label).append(" |").append(clients > 0 ? " " + clients + " |" : "")
                .append(String.format(Locale.ROOT, " %,d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", values.length,
                        percentile(values, 0.50) / unit, percentile(values, 0.95) / unit,
                        percentile(values, 0.99) / unit, percentile(values, 1.0) / unit,
                        Arrays.stream(values).average().orElse(0) / unit));
    }

    private static String range(int[] values) {
        return Arrays.stream(values).min().orElse(0) + "–" + Arrays.stream(values).max().orElse(0) + " ("
                + Arrays.stream(values).distinct().count() + " different values)";
    }

    private static String languages(List<Resident> residents) {
        return Languages.SUPPORTED.stream().map(l -> String.valueOf(residents.stream()
                .filter(r -> r.locale().equals(l)).count())).reduce((a, b) -> a + "/" + b).orElse("");
    }

    private long publishedServices() {
        EntityManager em = SharedEntityManagerCreator.createSharedEntityManager(
                context.getBean(EntityManagerFactory.class));
        Long n = new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(s -> em
                .createQuery("select count(s) from ServiceEntity s where s.status = :p", Long.class)
                .setParameter("p", PublishingStatus.PUBLISHED).getSingleResult());
        return n == null ? 0 : n;
    }
}
