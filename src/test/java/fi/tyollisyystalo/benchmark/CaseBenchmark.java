package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.cpuModel;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.loadAverage;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.ms;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.percentile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.openpdf.text.pdf.PdfReader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import fi.tyollisyystalo.base.i18n.TranslationProvider;
import fi.tyollisyystalo.base.pdf.PdfRenderer;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.EvaluationDates;
import fi.tyollisyystalo.casework.MyPlan;
import fi.tyollisyystalo.casework.ui.PlanPdfEntry;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * The case and plan benchmark of issue #12 (docs/benchmarks.md): not a test, a program. Starts the whole
 * application on a fresh embedded MariaDB (no demo data), registers one resident per case through the real person
 * registry, and seeds with plain JDBC batches {@code cases} open cases (opened over the last 13 months, dealt over
 * {@code workers} responsible workers) with their five interim evaluations — the past ones mostly done, some left
 * overdue — and {@code closedCases} closed ones; one open case, the coordinator's, has a plan of {@code goals}
 * goals and {@code actions} actions with {@code history} history rows and {@code comments} comments. Then it
 * times at the service level (no HTTP, no Vaadin): {@code Cases.plan} as the coordinator (with its audit row),
 * {@code Cases.myPlan} as the case's resident, the plan's PDF as the resident downloads it ({@code PlanPdf}'s XHTML
 * and {@code PdfRenderer.render}), and the due and overdue evaluations two weeks ahead for the whole team and for
 * the coordinator's own cases. Run with {@code mvn -o -Pbenchmark verify -Dbench.main=CaseBenchmark}; sizes as
 * {@code -Dbench.jvmArgs="-Dbench.cases=2000 -Dbench.caseCalls=500"}.
 */
public final class CaseBenchmark {

    private static final Path DB_DIR = Path.of("target/bench-case-mariadb");
    private static final Path INDEX_DIR = Path.of("target/bench-case-index");
    private static final int BATCH = 2_000;
    private static final long CASE_BASE = 1_000_000L;
    private static final long ITEM_BASE = 1_000_000L;
    private static final String ME = "koordinaattori";
    /** The due list's query as {@code Cases.dueEvaluations} sends it (the team's; the own list adds the worker). */
    private static final String DUE = "SELECT e.* FROM interim_evaluation e JOIN client_case c ON c.id = e.case_id"
            + " WHERE e.status = 'DUE' AND c.status = 'OPEN' AND e.due_on <= ?";
    private static final String ME_NAME = "Kaisa Lehtonen";
    private static final String[] GIVEN = {"Aino", "Eino", "Helmi", "Onni", "Siiri", "Väinö", "Linnea", "Leo"};
    private static final String[] FAMILY = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen"};
    private static final String[] PARTIES = {"TEAM", "CLIENT", "KELA", "EMPLOYMENT", "SOCIAL", "HEALTH",
        "REHABILITATION", "EDUCATION", "NGO", "OTHER"};
    private static final String[] STATUSES = {"PROPOSED", "AGREED", "IN_PROGRESS", "DONE", "CANCELLED"};

    /** Keeps the results observable, so that no call can be optimised away. */
    static volatile long sink;

    public static void main(String[] args) {
        int cases = Integer.getInteger("bench.cases", 2_000);
        int closed = Integer.getInteger("bench.closedCases", 500);
        int workers = Integer.getInteger("bench.workers", 5);
        int goals = Integer.getInteger("bench.goals", 10);
        int actions = Integer.getInteger("bench.actions", 50);
        int history = Integer.getInteger("bench.history", 200);
        int comments = Integer.getInteger("bench.comments", 40);
        int warmup = Integer.getInteger("bench.caseWarmup", 100);
        int calls = Integer.getInteger("bench.caseCalls", 500);
        int pdfWarmup = Integer.getInteger("bench.pdfWarmup", 100);
        int pdfCalls = Integer.getInteger("bench.pdfCalls", 200);
        long seed = Long.getLong("bench.seed", 20_261_207L);
        BenchmarkSupport.run(DB_DIR, INDEX_DIR, List.of("--tyollisyystalo.demo-data.enabled=false"),
                (context, startup) -> {
                    log("started in %.1f s; %s, %d cores; load average %s", startup.toMillis() / 1000.0, cpuModel(),
                            Runtime.getRuntime().availableProcessors(), loadAverage());
                    Random random = new Random(seed);
                    List<Long> people = persons(context, cases);
                    Authentication resident = SecurityContextHolder.getContext().getAuthentication();
                    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                    LocalDate today = HelsinkiTime.today(context.getBean(java.time.Clock.class));
                    seedCases(jdbc, people, closed, workers, today, random);
                    seedPlan(jdbc, CASE_BASE, goals, actions, history, comments, random);
                    jdbc.execute("analyze table client_case, interim_evaluation, plan_item, plan_item_history,"
                            + " plan_comment");
                    time(context, jdbc, resident, today, actions + goals, warmup, calls, pdfWarmup, pdfCalls);
                    log("load average at the end %s", loadAverage());
                });
    }

    /**
     * Residents registered through the real registry (encrypted identity code, lookup hash), one per open case;
     * the last one stays signed in: the first is the one whose plan is timed, so sign in as that one again.
     */
    private static List<Long> persons(ConfigurableApplicationContext context, int count) {
        long started = System.nanoTime();
        List<Long> ids = new ArrayList<>(count);
        LocalDate first = LocalDate.of(1965, 1, 1);
        for (int i = count - 1; i >= 0; i--) {
            Hetu hetu = Hetu.of(first.plusDays(i * 7L), 900 + i % 100);
            ids.add(TestLogins.resident(context, hetu.value(), GIVEN[i % GIVEN.length], FAMILY[i % FAMILY.length]));
        }
        log("%d persons registered in %.1f s", count, (System.nanoTime() - started) / 1e9);
        return ids.reversed();
    }

    /**
     * One open case per person, opened on a random day of the last 13 months, dealt over the workers (the first
     * is the coordinator signed in), with its five evaluations: those due before today done, except one in six
     * left overdue; the rest due. Then {@code closed} closed cases (done evaluations only) of the same persons.
     */
    private static void seedCases(JdbcTemplate jdbc, List<Long> people, int closed, int workers, LocalDate today,
            Random random) {
        long started = System.nanoTime();
        List<Object[]> caseRows = new ArrayList<>(BATCH);
        List<Object[]> evaluationRows = new ArrayList<>(5 * BATCH);
        int total = people.size() + closed;
        for (int i = 0; i < total; i++) {
            boolean open = i < people.size();
            long id = CASE_BASE + i;
            LocalDate opened = today.minusDays(random.nextInt(396));
            int w = i % workers;
            String subject = w == 0 ? ME : "koordinaattori" + (w + 1);
            String name = w == 0 ? ME_NAME : "Työntekijä " + (w + 1);
            caseRows.add(new Object[] {id, people.get(i % people.size()), open ? "OPEN" : "CLOSED",
                utc(opened.atTime(9, 0).toInstant(ZoneOffset.UTC)), opened, subject, name,
                open ? null : "GOT_JOB", open ? null : utc(Instant.now())});
            for (var e : EvaluationDates.of(opened).entrySet()) {
                boolean past = e.getValue().isBefore(today);
                boolean done = !open ? past : past && random.nextInt(6) != 0;
                if (!open && !past) {
                    continue; // closing deletes the evaluations not yet done
                }
                evaluationRows.add(new Object[] {id, e.getKey(), e.getValue(), done ? "DONE" : "DUE",
                    done ? utc(e.getValue().atTime(12, 0).toInstant(ZoneOffset.UTC)) : null,
                    done ? "Arviointitapaaminen pidetty; suunnitelmaa tarkennettiin." : null});
            }
            if (caseRows.size() == BATCH || i == total - 1) {
                jdbc.batchUpdate("""
                        insert into client_case (id, person_id, status, opened_at, opened_on, responsible_subject,
                          responsible_name, outcome, closed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", caseRows);
                jdbc.batchUpdate("""
                        insert into interim_evaluation (case_id, kind, due_on, status, done_at, summary)
                        values (?, ?, ?, ?, ?, ?)""", evaluationRows);
                caseRows.clear();
                evaluationRows.clear();
            }
        }
        LocalDate until = today.plusDays(14);
        log("%d open and %d closed cases over %d workers inserted in %.1f s; %d evaluations, %d due: %d overdue,"
                + " %d more due by %s", people.size(), closed, workers, (System.nanoTime() - started) / 1e9,
                jdbc.queryForObject("select count(*) from interim_evaluation", Long.class),
                jdbc.queryForObject("select count(*) from interim_evaluation where status = 'DUE'", Long.class),
                jdbc.queryForObject("select count(*) from interim_evaluation where status = 'DUE' and due_on < ?",
                        Long.class, today),
                jdbc.queryForObject("select count(*) from interim_evaluation where status = 'DUE' and due_on >= ?"
                        + " and due_on <= ?", Long.class, today, until), until);
    }

    /**
     * The plan of one case: the goals, then the actions (all but every tenth under a goal), each item with its
     * first version in the history and the rest of the history rows as later versions of the actions (the item at
     * its latest version); comments by the client and the team.
     */
    private static void seedPlan(JdbcTemplate jdbc, long caseId, int goals, int actions, int history, int comments,
            Random random) {
        long started = System.nanoTime();
        int items = goals + actions;
        if (history < items) {
            throw new IllegalArgumentException("every item has at least one history row: " + items);
        }
        int[] versions = new int[items];
        for (int h = items; h < history; h++) {
            versions[goals + random.nextInt(actions)]++;
        }
        LocalDateTime at = utc(Instant.now().minusSeconds(86_400L * 120));
        List<Object[]> itemRows = new ArrayList<>();
        List<Object[]> historyRows = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            boolean goal = i < goals;
            long id = ITEM_BASE + i;
            Long goalId = goal || i % 10 == 9 ? null : ITEM_BASE + random.nextInt(goals);
            String title = goal ? "Tavoite " + (i + 1) + ": työkyky vahvistuu ja arki sujuu omin voimin"
                    : "Toimenpide " + (i - goals + 1) + ": yhteydenotto ja tapaaminen sovitun mukaan";
            String detail = "Sovitaan yhdessä, mitä tehdään ja kuka tekee. Kirjataan tapaamisen jälkeen, mitä päätettiin"
                    + " ja mitä seuraavaksi tapahtuu. ".repeat(1 + random.nextInt(2));
            String party = goal ? "CLIENT" : PARTIES[random.nextInt(PARTIES.length)];
            LocalDate due = LocalDate.now().plusDays(random.nextInt(180) - 60);
            String status = goal ? "AGREED" : STATUSES[random.nextInt(STATUSES.length)];
            itemRows.add(new Object[] {id, caseId, goal ? "GOAL" : "ACTION", goalId, title, detail, party, due, status,
                !"PROPOSED".equals(status), versions[i], at.plusHours(i)});
            for (int v = 0; v <= versions[i]; v++) {
                historyRows.add(new Object[] {id, v, title, detail, party, due,
                    v == versions[i] ? status : "PROPOSED", v > 0, at.plusHours(i).plusMinutes(v),
                    v % 2 == 0 ? ME_NAME : "Aino Virtanen", v % 2 == 0 ? "COORDINATOR" : "RESIDENT"});
            }
        }
        jdbc.batchUpdate("""
                insert into plan_item (id, case_id, kind, goal_id, title, detail, party, due_on, status, agreed,
                  version, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", itemRows);
        jdbc.batchUpdate("""
                insert into plan_item_history (item_id, version, title, detail, party, due_on, status, agreed,
                  changed_at, changed_by, changed_role)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", historyRows);
        List<Object[]> commentRows = new ArrayList<>();
        for (int c = 0; c < comments; c++) {
            boolean client = c % 2 == 0;
            commentRows.add(new Object[] {ITEM_BASE + goals + random.nextInt(actions), client ? "RESIDENT" : "TEAM",
                client ? "Aino Virtanen" : ME_NAME, client ? "Kävin tapaamisessa, se meni hyvin. Seuraava on ensi"
                        + " kuussa." : "Hienoa! Sovitaan jatkosta seuraavassa tapaamisessa.", at.plusDays(c)});
        }
        jdbc.batchUpdate("insert into plan_comment (item_id, side, author_name, body, written_at) values (?, ?, ?, ?, ?)",
                commentRows);
        log("plan of case %d: %d goals, %d actions, %d history rows, %d comments inserted in %.1f s", caseId,
                jdbc.queryForObject("select count(*) from plan_item where case_id = ? and kind = 'GOAL'", Long.class,
                        caseId),
                jdbc.queryForObject("select count(*) from plan_item where case_id = ? and kind = 'ACTION'", Long.class,
                        caseId),
                jdbc.queryForObject("select count(*) from plan_item_history h join plan_item i on i.id = h.item_id"
                        + " where i.case_id = ?", Long.class, caseId),
                jdbc.queryForObject("select count(*) from plan_comment c join plan_item i on i.id = c.item_id"
                        + " where i.case_id = ?", Long.class, caseId), (System.nanoTime() - started) / 1e9);
    }

    // --- the measurements ------------------------------------------------------------------------------

    private static void time(ConfigurableApplicationContext context, JdbcTemplate jdbc, Authentication resident,
            LocalDate today, int items, int warmup, int calls, int pdfWarmup, int pdfCalls) throws IOException {
        Cases cases = context.getBean(Cases.class);
        PdfRenderer pdf = context.getBean(PdfRenderer.class);
        TranslationProvider translations = context.getBean(TranslationProvider.class);
        LocalDate until = today.plusDays(14);
        TestLogins.staff(ME, ME_NAME, "COORDINATOR");
        Authentication staff = SecurityContextHolder.getContext().getAuthentication();
        long audits = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        log("the coordinator's plan has %d items; due by %s: %d for the whole team, %d of the coordinator's own",
                cases.plan(CASE_BASE).size(), until, cases.dueEvaluations(until, true).size(),
                cases.dueEvaluations(until, false).size());
        SecurityContextHolder.setContext(new SecurityContextImpl(resident));
        MyPlan plan = cases.myPlan().orElseThrow();
        if (plan.caseId() != CASE_BASE || plan.items().size() != items) {
            throw new IllegalStateException("the resident's plan is case " + plan.caseId() + " with "
                    + plan.items().size() + " items");
        }
        Map<Locale, Supplier<byte[]>> pdfs = new LinkedHashMap<>();
        for (Locale locale : List.of(Locale.of("fi"), Locale.of("sv"))) {
            pdfs.put(locale, () -> pdf.render(PlanPdfEntry.xhtml(plan, locale, today,
                    (key, args) -> translations.getTranslation(key, locale, args))));
        }
        for (var e : pdfs.entrySet()) {
            byte[] bytes = e.getValue().get();
            log("the plan's PDF (%s): %d pages, %.0f KB", e.getKey(), new PdfReader(bytes).getNumberOfPages(),
                    bytes.length / 1024.0);
        }
        Locale fi = Locale.of("fi");
        PersonService personService = context.getBean(PersonService.class);
        List<Long> duePeople = jdbc.queryForList("select distinct c.person_id from interim_evaluation e join"
                + " client_case c on c.id = e.case_id where e.status = 'DUE' and c.status = 'OPEN' and e.due_on <= ?",
                Long.class, until);
        List<Timed> timed = new ArrayList<>();
        timed.add(new Timed("Cases.plan(case) — coordinator, audited", staff, warmup, calls, () -> {
            int n = cases.plan(CASE_BASE).size();
            if (n != items) {
                throw new IllegalStateException("plan has " + n + " items");
            }
            return (long) n;
        }));
        timed.add(new Timed("Cases.myPlan() — the resident, audited", resident, warmup, calls,
                () -> (long) cases.myPlan().orElseThrow().items().size()));
        pdfs.forEach((locale, render) -> timed.add(new Timed("plan PDF (" + locale + "): PlanPdf.xhtml +"
                + " PdfRenderer.render", resident, pdfWarmup, pdfCalls, () -> (long) render.get().length)));
        timed.add(new Timed("PlanPdf.xhtml (fi) alone", resident, pdfWarmup, pdfCalls, () -> (long) PlanPdfEntry
                .xhtml(plan, fi, today, (key, args) -> translations.getTranslation(key, fi, args)).length()));
        timed.add(new Timed("the resident's download: myPlan() + PDF (fi)", resident, pdfWarmup, pdfCalls,
                () -> (long) pdf.render(PlanPdfEntry.xhtml(cases.myPlan().orElseThrow(), fi, today,
                        (key, args) -> translations.getTranslation(key, fi, args))).length));
        timed.add(new Timed("dueEvaluations(today + 14, wholeTeam) — manager's list", staff, warmup, calls,
                () -> (long) cases.dueEvaluations(until, true).size()));
        timed.add(new Timed("dueEvaluations(today + 14, own) — coordinator's list", staff, warmup, calls,
                () -> (long) cases.dueEvaluations(until, false).size()));
        timed.add(new Timed("JDBC: the due query alone (whole team)", staff, warmup, calls,
                () -> (long) jdbc.queryForList(DUE + " ORDER BY e.due_on, e.id", until).size()));
        timed.add(new Timed("PersonService.clientNames(" + duePeople.size() + " persons)", staff, warmup, calls,
                () -> (long) personService.clientNames(duePeople).size()));
        for (Timed t : timed) {
            SecurityContextHolder.setContext(new SecurityContextImpl(t.as()));
            for (int i = 0; i < t.warmup(); i++) {
                sink += t.call().get();
            }
        }
        log("| call | calls | p50 ms | p95 ms | p99 ms | max ms |");
        log("|---|---:|---:|---:|---:|---:|");
        for (Timed t : timed) {
            SecurityContextHolder.setContext(new SecurityContextImpl(t.as()));
            long[] nanos = new long[t.calls()];
            for (int i = 0; i < t.calls(); i++) {
                long t0 = System.nanoTime();
                sink += t.call().get();
                nanos[i] = System.nanoTime() - t0;
            }
            log("| %s | %d | %.2f | %.2f | %.2f | %.2f |", t.label(), t.calls(), ms(percentile(nanos, 0.50)),
                    ms(percentile(nanos, 0.95)), ms(percentile(nanos, 0.99)), ms(percentile(nanos, 1.0)));
        }
        SecurityContextHolder.setContext(new SecurityContextImpl(staff));
        log("audit rows written by the timed calls: %d",
                jdbc.queryForObject("select count(*) from audit_event", Long.class) - audits);
        explain(jdbc, until);
        TestLogins.anonymous();
    }

    /** MariaDB's plans for the service's queries, as {@code Cases} sends them. */
    private static void explain(JdbcTemplate jdbc, LocalDate until) {
        jdbc.queryForList("explain " + DUE + " ORDER BY e.due_on, e.id", until)
                .forEach(r -> log("explain due (team): %s", r));
        jdbc.queryForList("explain " + DUE + " AND c.responsible_subject = ? ORDER BY e.due_on, e.id", until, ME)
                .forEach(r -> log("explain due (own): %s", r));
        jdbc.queryForList("explain SELECT i.*, (SELECT h.changed_by FROM plan_item_history h WHERE h.item_id = i.id"
                + " ORDER BY h.version DESC LIMIT 1) AS changed_by FROM plan_item i WHERE i.case_id = ? ORDER BY i.id",
                CASE_BASE).forEach(r -> log("explain plan items: %s", r));
    }

    /** One timed call: its label, as whom, how many unrecorded and recorded calls. */
    private record Timed(String label, Authentication as, int warmup, int calls, Supplier<Long> call) {
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private CaseBenchmark() {
    }
}
