package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.cpuModel;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.loadAverage;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.ms;
import static fi.tyollisyystalo.benchmark.BenchmarkSupport.percentile;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.statistics.Statistics;
import fi.tyollisyystalo.statistics.StatisticsQuery;

/**
 * The statistics benchmark of issue #15 (docs/benchmarks.md): not a test, a program. Starts the whole application
 * on a fresh embedded MariaDB and writes {@code cases} clients' paths straight into the facts' log
 * ({@code stat_event}, JDBC batches; the listeners are timed by the ITs, not here) over the last two years, five
 * teams: per client a contact request (sent, assigned, answered, accepted), one or two appointments (booked, done),
 * a case (opened, its unemployment duration, an action, one or two network organisations, the first evaluation,
 * and for most an outcome and closing), a professional's referral or consultation; for every other client the
 * outcome questionnaire at the start and at six months (invited, reminded, answered with its eight numbers and
 * codes), for every other closed case the client-experience questionnaire at the end; a partner's survey answer
 * per hundred clients: about twenty events a client. Then it times, at the service level as a manager: the full
 * rebuild of the derived facts, then (after a warm-up of three whole dashboards of each kind, untimed) each figure
 * ("widget") for the last year of all teams and of one team, the whole dashboard (every figure), and the CSV of
 * each figure. Run with {@code mvn -o -Pbenchmark verify -Dbench.main=StatisticsBenchmark}; sizes as
 * {@code -Dbench.jvmArgs="-Dbench.statCases=100000 -Dbench.statCalls=30"}.
 */
public final class StatisticsBenchmark {

    private static final Path DB_DIR = Path.of("target/bench-stats-mariadb");
    private static final Path INDEX_DIR = Path.of("target/bench-stats-index");
    private static final int ROWS_PER_INSERT = 500;
    private static final String[] SOURCES = {"HEALTH_CHECK", "SELF", "EMPLOYMENT_SERVICES", "EMPLOYMENT_SERVICES",
        "SOCIAL_SERVICES", "HEALTH_CARE", "KELA", "NGO", "OTHER"};
    private static final String[] ROLES = {"COORDINATOR", "COORDINATOR", "NURSE", "DOCTOR", "SOCIAL_COUNSELLOR"};
    private static final String[] WAYS = {"IN_PERSON", "PHONE", "VIDEO"};
    private static final String[] BANDS = {"U25", "25_34", "35_44", "45_54", "55_64", "65P"};
    private static final String[] NETWORK = {"EMPLOYMENT_SERVICES", "KELA", "SOCIAL_SERVICES",
        "MENTAL_HEALTH_SUBSTANCE", "HEALTH_CARE", "REHABILITATION", "EDUCATION", "NGO", "CRIMINAL_SANCTIONS", "OTHER"};
    private static final String[] OUTCOMES = {"JOB_OR_STUDY", "COPES_INDEPENDENTLY", "TYP",
        "REHABILITATION_OR_PENSION", "MOVED_AWAY", "OTHER"};
    private static final String INSERT = "INSERT INTO stat_event (dedupe_hash, kind, subject_id, step, code,"
            + " staff_role,"
            + " way, by_staff, team_code, client_key, age_band, sex, starts_at, occurred_at, on_day, wave,"
            + " reference_id) VALUES ";
    private static final String[] DURATIONS = {"UNDER_3_MONTHS", "MONTHS_3_TO_12", "YEARS_1_TO_3", "YEARS_1_TO_3",
        "OVER_3_YEARS", "OVER_3_YEARS", "OVER_3_YEARS", "NOT_UNEMPLOYED", "UNKNOWN"};
    private static final String[] ORGANISATIONS = {"EMPLOYMENT_SERVICES", "EMPLOYMENT_SERVICES", "SOCIAL_SERVICES",
        "KELA", "HEALTH_CARE", "MENTAL_HEALTH_SUBSTANCE", "NGO", "TE_OFFICE", "OTHER"};
    private static final String[] PROM_QUESTIONS = {"was", "domain_WORK", "domain_BODY", "domain_MIND",
        "domain_SKILLS", "domain_EVERYDAY", "domain_INCLUSION"};
    private static final String[] EMPLOYMENT = {"UNEMPLOYED", "UNEMPLOYED", "EMPLOYED_OPEN", "EMPLOYED_SUBSIDISED",
        "STUDYING", "REHABILITATION_OR_WORK_TRIAL", "SICK_LEAVE", "OTHER"};
    private static final String[] PREM_ITEMS = {"prem_coping", "prem_useful", "prem_together", "prem_understood",
        "prem_continues"};
    private static final String[] STAKEHOLDER_ITEMS = {"sh_recommend", "sh_effective", "sh_cooperation"};

    /** Whole dashboards of each kind run, untimed, before the timed calls. */
    private static final int WARM_UP_DASHBOARDS = 3;

    static volatile long sink;

    public static void main(String[] args) {
        int cases = Integer.getInteger("bench.statCases", 100_000);
        int calls = Integer.getInteger("bench.statCalls", 30);
        long seed = Long.getLong("bench.seed", 20_261_207L);
        BenchmarkSupport.run(DB_DIR, INDEX_DIR, List.of("--tyollisyystalo.demo-data.enabled=false"),
                (context, startup) -> {
                    log("started in %.1f s; %s, %d cores; load average %s", startup.toMillis() / 1000.0, cpuModel(),
                            Runtime.getRuntime().availableProcessors(), loadAverage());
                    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                    Instant now = context.getBean(java.time.Clock.class).instant();
                    long events = seed(jdbc, cases, now, new Random(seed));
                    TestLogins.useStrategyOf(context);
                    TestLogins.staff("bench-admin", "Aapo Ylläpitäjä", Roles.ADMIN);
                    Statistics statistics = context.getBean(Statistics.class);
                    for (int i = 0; i < 2; i++) {
                        long started = System.nanoTime();
                        sink += statistics.rebuild();
                        log("rebuild %d of the derived facts from %d events: %.1f s", i + 1, events,
                                (System.nanoTime() - started) / 1e9);
                    }
                    jdbc.execute("analyze table stat_event, stat_client, stat_path, stat_case, stat_followup,"
                            + " stat_answer, stat_prom, stat_request, stat_evaluation_day, stat_prom_day");
                    TestLogins.staff("bench-manager", "Maija Esihenkilö", Roles.MANAGER);
                    LocalDate today = HelsinkiTime.today(context.getBean(java.time.Clock.class));
                    // warm-up, not timed: the rebuilds leave the buffer pool full of the log's pages, and a manager's
                    // first dashboard after a rebuild is not what the goals are about
                    long warming = System.nanoTime();
                    for (String team : new String[] {null, "T1"}) {
                        StatisticsQuery q = new StatisticsQuery(today.minusYears(1).plusDays(1), today, team);
                        for (int i = 0; i < WARM_UP_DASHBOARDS; i++) {
                            sink += statistics.figures(q).hashCode();
                        }
                    }
                    log("warm-up: %d whole dashboards of all teams and of team T1 in %.1f s", WARM_UP_DASHBOARDS,
                            (System.nanoTime() - warming) / 1e9);
                    for (String team : new String[] {null, "T1"}) {
                        StatisticsQuery q = new StatisticsQuery(today.minusYears(1).plusDays(1), today, team);
                        String who = team == null ? "all teams" : "team " + team;
                        for (String id : statistics.figureIds()) {
                            time("widget " + id + ", " + who, calls, () -> statistics.figure(id, q));
                        }
                        time("dashboard (every figure), " + who, calls, () -> statistics.figures(q));
                        for (String id : statistics.figureIds()) {
                            time("CSV " + id + ", " + who, calls,
                                    () -> statistics.csv(id, q, Locale.ROOT, k -> k).length);
                        }
                    }
                    log("load average at the end %s", loadAverage());
                });
    }

    private static void time(String what, int calls, Supplier<Object> call) {
        for (int i = 0; i < Math.max(3, calls / 5); i++) {
            sink += call.get().hashCode();
        }
        long[] took = new long[calls];
        for (int i = 0; i < calls; i++) {
            long started = System.nanoTime();
            sink += call.get().hashCode();
            took[i] = System.nanoTime() - started;
        }
        log("%-48s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%d calls)", what, ms(percentile(took, 0.5)),
                ms(percentile(took, 0.95)), ms(percentile(took, 1.0)), calls);
    }

    /** Writes every client's path into the log; returns the number of events. */
    private static long seed(JdbcTemplate jdbc, int cases, Instant now, Random random) {
        long started = System.nanoTime();
        List<Object[]> rows = new ArrayList<>(ROWS_PER_INSERT);
        long events = 0;
        for (int i = 0; i < cases; i++) {
            String client = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16).putLong(8, i).array());
            String team = "T" + (1 + i % 5);
            String band = BANDS[random.nextInt(BANDS.length)];
            String sex = random.nextInt(100) < 60 ? "MALE" : "FEMALE";
            Instant sent = now.minusSeconds(random.nextLong(730L * 86_400));
            String source = SOURCES[random.nextInt(SOURCES.length)];
            Instant answered = sent.plusSeconds(3_600 + random.nextLong(4L * 86_400));
            Instant accepted = answered.plusSeconds(random.nextLong(5L * 86_400));
            add(rows, "CONTACT", i, "SENT", source, null, null, null, null, client, band, sex, null, sent);
            add(rows, "CONTACT", i, "ASSIGNED", source, null, null, null, null, client, band, sex, null,
                    sent.plusSeconds(1_800));
            add(rows, "CONTACT", i, random.nextBoolean() ? "PHONE_CONTACT" : "REPLIED", source, null, null, null,
                    null, client, band, sex, null, answered);
            add(rows, "CONTACT", i, "ACCEPTED", source, null, null, null, null, client, band, sex, null, accepted);
            int visits = 1 + (random.nextInt(3) == 0 ? 1 : 0);
            for (int v = 0; v < visits; v++) {
                Instant starts = accepted.plusSeconds(86_400L * (2 + random.nextInt(20)) + v * 30L * 86_400);
                String role = ROLES[random.nextInt(ROLES.length)];
                String way = WAYS[random.nextInt(WAYS.length)];
                add(rows, "VISIT", 2L * i + v, "BOOKED", "meeting", role, way, true, team, client, band, sex, starts,
                        accepted.plusSeconds(600));
                add(rows, "VISIT", 2L * i + v, "DONE", "meeting", role, way, true, team, client, band, sex, starts,
                        starts.plusSeconds(3_600));
            }
            Instant opened = accepted.plusSeconds(1);
            add(rows, "CASE", i, "OPENED", "REQUEST", null, null, null, null, client, band, sex, null, opened);
            add(rows, "CASE", i, "UNEMPLOYMENT_RECORDED", DURATIONS[random.nextInt(DURATIONS.length)], null, null,
                    null, null, client, band, sex, null, opened.plusSeconds(3_600));
            // a professional's referral or consultation about every client (the request's own team)
            add(rows, "REQUEST", i, random.nextInt(3) == 0 ? "REFERRAL" : "CONSULTATION",
                    ORGANISATIONS[random.nextInt(ORGANISATIONS.length)], null, null, null, team,
                    random.nextBoolean() ? client : null, null, null, null, sent.minusSeconds(86_400));
            if (i % 2 == 0) {
                // every other client: the outcome questionnaire at the start and at six months
                followUp(rows, random, 10L * i, "PROM_START", i, client, band, sex, opened.plusSeconds(86_400), now,
                        80);
                followUp(rows, random, 10L * i + 1, "PROM_FOLLOW_UP", i, client, band, sex,
                        opened.plusSeconds(182L * 86_400), now, 50);
            }
            if (i % 100 == 0) {
                // a partner's answer to the survey (about a thousand)
                Instant at = sent.plusSeconds(7_200);
                for (String item : STAKEHOLDER_ITEMS) {
                    add(rows, "STAKEHOLDER", i / 100 % 40, item, String.valueOf(1 + random.nextInt(5)), null, null,
                            null, random.nextBoolean() ? team : null, null, null, null, null, at, "STAKEHOLDER",
                            null);
                }
            }
            add(rows, "CASE", i, "ACTION_ADDED", "CLIENT", null, null, null, null, client, band, sex, null,
                    opened.plusSeconds(86_400L * (3 + random.nextInt(14))));
            int organisations = 1 + random.nextInt(2);
            for (int o = 0; o < organisations; o++) {
                add(rows, "CASE", i, "NETWORK_ADDED", NETWORK[random.nextInt(NETWORK.length)], null, null, null, null,
                        client, band, sex, null, opened.plusSeconds(86_400L * (1 + o)));
            }
            Instant m1 = opened.plusSeconds(86_400L * (25 + random.nextInt(12)));
            if (m1.isBefore(now)) {
                add(rows, "CASE", i, "EVALUATION_DONE", "M1", null, null, null, null, client, band, sex, null, m1);
            }
            Instant closed = opened.plusSeconds(86_400L * (60 + random.nextInt(300)));
            if (closed.isBefore(now) && random.nextInt(10) < 7) {
                String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                add(rows, "CASE", i, "OUTCOME", outcome, null, null, null, null, client, band, sex, null, closed);
                add(rows, "CASE", i, "CLOSED", outcome, null, null, null, null, client, band, sex, null,
                        closed.plusMillis(1));
                if (i % 2 == 1) {
                    // every other closed case: the client-experience questionnaire at the end
                    followUp(rows, random, 10L * i + 2, "PREM_END", i, client, band, sex, closed.plusSeconds(60),
                            now, 60);
                }
            }
            if (rows.size() >= ROWS_PER_INSERT) {
                events += flush(jdbc, rows);
            }
        }
        events += flush(jdbc, rows);
        log("%d clients' paths, %d events written in %.1f s", cases, events, (System.nanoTime() - started) / 1e9);
        return events;
    }

    private static void add(List<Object[]> rows, String kind, long subject, String step, String code,
            String staffRole, String way, Boolean byStaff, String team, String client, String band, String sex,
            Instant startsAt, Instant at) {
        add(rows, kind, subject, step, code, staffRole, way, byStaff, team, client, band, sex, startsAt, at, null,
                null);
    }

    private static void add(List<Object[]> rows, String kind, long subject, String step, String code,
            String staffRole, String way, Boolean byStaff, String team, String client, String band, String sex,
            Instant startsAt, Instant at, String wave, Long reference) {
        rows.add(new Object[] {kind + ":" + subject + ":" + step + ":" + at.toEpochMilli() + ":" + code, kind, subject,
            step, code, staffRole, way, byStaff, team, client, band, sex, utc(startsAt), utc(at),
            HelsinkiTime.at(at).toLocalDate(), wave, reference});
    }

    /**
     * A follow-up invited at {@code invited} (if that is past), reminded after a week when not answered at once,
     * and answered by {@code answeredPercent} of the invited with the form's numbers and codes.
     */
    private static void followUp(List<Object[]> rows, Random random, long id, String wave, long caseId,
            String client, String band, String sex, Instant invited, Instant now, int answeredPercent) {
        if (!invited.isBefore(now)) {
            return;
        }
        add(rows, "FOLLOWUP", id, "INVITED", wave.startsWith("PROM") ? "prom" : "prem", null, null, null, null,
                client, band, sex, null, invited, wave, caseId);
        boolean reminded = random.nextBoolean();
        Instant answered = invited.plusSeconds(86_400L * (reminded ? 9 : 2));
        if (reminded && invited.plusSeconds(7 * 86_400L).isBefore(now)) {
            add(rows, "FOLLOWUP", id, "REMINDED", "R1", null, null, null, null, client, band, sex, null,
                    invited.plusSeconds(7 * 86_400L), wave, null);
        }
        if (random.nextInt(100) >= answeredPercent || !answered.isBefore(now)) {
            return;
        }
        add(rows, "FOLLOWUP", id, "ANSWERED", wave.startsWith("PROM") ? "prom" : "prem", null, null, null, null,
                client, band, sex, null, answered, wave, caseId);
        if (wave.startsWith("PROM")) {
            for (String q : PROM_QUESTIONS) {
                add(rows, "ANSWER", id, q, String.valueOf(random.nextInt(11)), null, null, null, null, client, band,
                        sex, null, answered, wave, caseId);
            }
            add(rows, "ANSWER", id, "employment", EMPLOYMENT[random.nextInt(EMPLOYMENT.length)], null, null, null,
                    null, client, band, sex, null, answered, wave, caseId);
        } else {
            for (String q : PREM_ITEMS) {
                add(rows, "ANSWER", id, q, String.valueOf(1 + random.nextInt(5)), null, null, null, null, client,
                        band, sex, null, answered, wave, caseId);
            }
        }
    }

    private static int flush(JdbcTemplate jdbc, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder(INSERT);
        List<Object> args = new ArrayList<>(rows.size() * 17);
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "" : ",").append("(UNHEX(SHA1(?)),?,?,?,?,?,?,?,?,UNHEX(?),?,?,?,?,?,?,?)");
            args.addAll(java.util.Arrays.asList(rows.get(r)));
        }
        int n = rows.size();
        jdbc.update(sql.toString(), args.toArray());
        rows.clear();
        return n;
    }

    private static LocalDateTime utc(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
