package fi.tyollisyystalo.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.booking.Way;
import fi.tyollisyystalo.casework.EvaluationDates;
import fi.tyollisyystalo.casework.Outcome;
import fi.tyollisyystalo.referral.ContactSource;
import fi.tyollisyystalo.statistics.StatTable;
import fi.tyollisyystalo.statistics.StatisticsQuery;

/**
 * The figures of a period and a team, each one query over the facts (a client's team is the team of their first
 * appointment's staff member; visits are counted by their own staff member's team).
 */
@Component
public class Figures {

    public static final List<String> IDS = List.of("contacts", "clients", "visits", "outcomes", "leadtimes",
            "evaluations", "network");

    /** The organisation categories a case's network names (NETWORK_ADDED's detail). */
    public static final List<String> NETWORK = List.of("EMPLOYMENT_SERVICES", "KELA", "SOCIAL_SERVICES",
            "MENTAL_HEALTH_SUBSTANCE", "HEALTH_CARE", "REHABILITATION", "EDUCATION", "NGO", "CRIMINAL_SANCTIONS",
            "OTHER");

    private static final List<String> SEXES = List.of("MALE", "FEMALE");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Figures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public StatTable table(String id, StatisticsQuery q) {
        return switch (id) {
            case "contacts" -> contacts(q);
            case "clients" -> clients(q);
            case "visits" -> visits(q);
            case "outcomes" -> outcomes(q);
            case "leadtimes" -> leadTimes(q);
            case "evaluations" -> evaluations(q);
            case "network" -> network(q);
            default -> throw new IllegalArgumentException("No such figure");
        };
    }

    StatTable contacts(StatisticsQuery q) {
        List<String> sources = Arrays.stream(ContactSource.values()).map(Enum::name).toList();
        long[][] cells = new long[sources.size()][2];
        query("SELECT p.source, COUNT(*), SUM(p.accepted_at IS NOT NULL) FROM stat_path p" + team(q, "p")
                + " WHERE p.contact_at >= ? AND p.contact_at < ? GROUP BY p.source", q, rs -> {
                    int r = sources.indexOf(rs.getString(1));
                    if (r >= 0) {
                        cells[r][0] = rs.getLong(2);
                        cells[r][1] = rs.getLong(3);
                    }
                });
        return TableBuilder.counts("contacts", "stats.contacts.source",
                sources.stream().map(s -> "contactrequests.source." + s).toList(),
                List.of("stats.contacts.arrived", "stats.contacts.accepted"), cells, false, true);
    }

    /** Clients with any fact in the period, by the age band and sex of their first fact in it. */
    StatTable clients(StatisticsQuery q) {
        long[][] cells = new long[AgeBand.CODES.size()][SEXES.size()];
        query("SELECT e.age_band, e.sex, COUNT(*) FROM stat_event e JOIN (SELECT f.client_key, MIN(f.id) id"
                + " FROM stat_event f WHERE f.occurred_at >= ? AND f.occurred_at < ? AND f.client_key IS NOT NULL"
                + " GROUP BY f.client_key) first ON first.id = e.id" + teamAfter(q, "e")
                + " GROUP BY e.age_band, e.sex", q, rs -> put(cells, AgeBand.CODES.indexOf(rs.getString(1)), SEXES.indexOf(rs.getString(2)),
                        rs.getLong(3)));
        return TableBuilder.counts("clients", "stats.clients.age",
                AgeBand.CODES.stream().map(a -> "stats.age." + a).toList(),
                SEXES.stream().map(s -> "stats.sex." + s).toList(), cells, true, true);
    }

    /** Appointments marked done in the period, by the offering staff role and the way they were met. */
    StatTable visits(StatisticsQuery q) {
        List<String> roles = Roles.CLIENT_WORK_ROLES;
        List<String> ways = Arrays.stream(Way.values()).map(Enum::name).toList();
        long[][] cells = new long[roles.size()][ways.size()];
        query("SELECT e.staff_role, e.way, COUNT(*) FROM stat_event e WHERE e.kind = 'VISIT' AND e.step = 'DONE'"
                + " AND e.occurred_at >= ? AND e.occurred_at < ?" + (q.team() == null ? "" : " AND e.team_code = ?")
                + " GROUP BY e.staff_role, e.way", q, rs -> put(cells, roles.indexOf(rs.getString(1)),
                        ways.indexOf(rs.getString(2)), rs.getLong(3)));
        return TableBuilder.counts("visits", "stats.visits.role", roles.stream().map(r -> "role." + r).toList(),
                ways.stream().map(w -> "booking.way." + w).toList(), cells, true, true);
    }

    /** Cases closed in the period, by their outcome. */
    StatTable outcomes(StatisticsQuery q) {
        List<String> outcomes = Arrays.stream(Outcome.values()).map(Enum::name).toList();
        long[][] cells = new long[outcomes.size()][1];
        query("SELECT c.outcome, COUNT(*) FROM stat_case c" + team(q, "c")
                + " WHERE c.closed_at >= ? AND c.closed_at < ? GROUP BY c.outcome", q,
                rs -> put(cells, outcomes.indexOf(rs.getString(1)), 0, rs.getLong(2)));
        return TableBuilder.counts("outcomes", "stats.outcomes.outcome",
                outcomes.stream().map(o -> "case.outcome." + o).toList(), List.of("stats.outcomes.closed"), cells,
                false, true);
    }

    /** Medians in days from the contact of the period to the first answer, the first meeting and the first action. */
    StatTable leadTimes(StatisticsQuery q) {
        List<String> measures = List.of("first_answer_at", "first_meeting_at", "plan_at");
        List<StatTable.Row> rows = new ArrayList<>();
        for (String m : measures) {
            List<Double> days = new ArrayList<>();
            query("SELECT TIMESTAMPDIFF(SECOND, p.contact_at, p." + m + ") FROM stat_path p" + team(q, "p")
                    + " WHERE p.contact_at >= ? AND p.contact_at < ? AND p." + m + " IS NOT NULL", q,
                    rs -> days.add(rs.getLong(1) / 86_400.0));
            boolean small = !days.isEmpty() && days.size() < Suppression.SMALLEST_SHOWN;
            StatTable.Cell median = days.isEmpty() || small ? StatTable.Cell.none(StatTable.Kind.DAYS)
                    : new StatTable.Cell(StatTable.Kind.DAYS, median(days), false);
            if (small) {
                median = new StatTable.Cell(StatTable.Kind.DAYS, Double.NaN, true);
            }
            rows.add(new StatTable.Row("stats.leadtimes." + m, List.of(StatTable.Cell.count(days.size(), small),
                    median)));
        }
        return new StatTable("leadtimes", "stats.leadtimes.measure",
                List.of("stats.leadtimes.n", "stats.leadtimes.median"), rows, null);
    }

    /**
     * Interim evaluations due in the period (up to yesterday): done by the due day, done later, or not done; an
     * evaluation due after its case closed is not counted (closing removes it).
     */
    StatTable evaluations(StatisticsQuery q) {
        List<String> kinds = EvaluationDates.MONTHS.stream().map(m -> "M" + m).toList();
        long[][] cells = new long[kinds.size()][3];
        LocalDate yesterday = HelsinkiTime.today(clock).minusDays(1);
        LocalDate last = q.to().isBefore(yesterday) ? q.to() : yesterday;
        Map<Long, Map<String, LocalDate>> done = new HashMap<>();
        List<Object[]> cases = new ArrayList<>();
        String opened = " WHERE c.opened_at >= ? AND c.opened_at < ?";
        Object[] args = params(q, start(q.from().minusMonths(12).minusDays(1)), start(q.to().plusDays(1)));
        jdbc.query("SELECT c.case_id, c.opened_at, c.closed_at FROM stat_case c" + team(q, "c") + opened,
                rs -> {
                    cases.add(new Object[] {rs.getLong(1), instant(rs, 2), instant(rs, 3)});
                }, args);
        jdbc.query("SELECT e.subject_id, e.code, MIN(e.occurred_at) FROM stat_event e JOIN stat_case c"
                + " ON c.case_id = e.subject_id" + team(q, "c") + opened
                + " AND e.kind = 'CASE' AND e.step = 'EVALUATION_DONE' GROUP BY e.subject_id, e.code", rs -> {
                    done.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                            HelsinkiTime.at(instant(rs, 3)).toLocalDate());
                }, args);
        for (Object[] c : cases) {
            LocalDate openedOn = HelsinkiTime.at((Instant) c[1]).toLocalDate();
            Instant closed = (Instant) c[2];
            Map<String, LocalDate> doneOn = done.getOrDefault((Long) c[0], Map.of());
            EvaluationDates.of(openedOn).forEach((kind, due) -> {
                if (due.isBefore(q.from()) || due.isAfter(q.to())) {
                    return;
                }
                LocalDate d = doneOn.get(kind);
                int r = kinds.indexOf(kind);
                if (d != null) {
                    cells[r][d.isAfter(due) ? 1 : 0]++;
                } else if (!due.isAfter(last)
                        && (closed == null || HelsinkiTime.at(closed).toLocalDate().isAfter(due))) {
                    cells[r][2]++;
                }
            });
        }
        return TableBuilder.counts("evaluations", "stats.evaluations.kind",
                kinds.stream().map(k -> "stats.evaluations." + k).toList(),
                List.of("stats.evaluations.ontime", "stats.evaluations.late", "stats.evaluations.missing"), cells,
                true, true);
    }

    /**
     * Clients whose case was open in the period, and of them those with each kind of organisation in their network
     * (added by the period's end): count and share. A client may have several, so the rows have no total.
     */
    StatTable network(StatisticsQuery q) {
        String open = " WHERE c.opened_at < ? AND (c.closed_at IS NULL OR c.closed_at >= ?)";
        Object[] args = params(q, start(q.to().plusDays(1)), start(q.from()));
        Long clients = jdbc.queryForObject("SELECT COUNT(DISTINCT c.client_key) FROM stat_case c" + team(q, "c")
                + open, Long.class, args);
        long all = clients == null ? 0 : clients;
        Map<String, Long> counts = new HashMap<>();
        Object[] args2 = Arrays.copyOf(args, args.length + 1);
        args2[args.length] = FactStore.utc(start(q.to().plusDays(1)));
        jdbc.query("SELECT e.code, COUNT(DISTINCT c.client_key) FROM stat_case c" + team(q, "c") + " JOIN stat_event e"
                + " ON e.kind = 'CASE' AND e.subject_id = c.case_id AND e.step = 'NETWORK_ADDED'" + open
                + " AND e.occurred_at < ? GROUP BY e.code", rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, args2);
        boolean allSmall = all >= 1 && all < Suppression.SMALLEST_SHOWN;
        List<StatTable.Row> rows = new ArrayList<>();
        rows.add(new StatTable.Row("stats.network.clients", List.of(StatTable.Cell.count(all, allSmall),
                all == 0 ? StatTable.Cell.none(StatTable.Kind.PERCENT)
                        : new StatTable.Cell(StatTable.Kind.PERCENT, 100, allSmall))));
        for (String category : NETWORK) {
            long n = counts.getOrDefault(category, 0L);
            boolean small = allSmall || n >= 1 && n < Suppression.SMALLEST_SHOWN;
            rows.add(new StatTable.Row("stats.network." + category, List.of(StatTable.Cell.count(n, small),
                    all == 0 ? StatTable.Cell.none(StatTable.Kind.PERCENT)
                            : new StatTable.Cell(StatTable.Kind.PERCENT, 100.0 * n / all, small))));
        }
        return new StatTable("network", "stats.network.category",
                List.of("stats.network.count", "stats.network.percent"), rows, null);
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    /** A query whose team's code, if any, comes first when its SQL names the team before the period, else last. */
    private void query(String sql, StatisticsQuery q, Rows rows) {
        Object[] args = params(q, start(q.from()), start(q.to().plusDays(1)));
        int teamAt = sql.indexOf("team_code = ?");
        if (q.team() != null && sql.indexOf('?') != teamAt + "team_code = ".length()) {
            args = new Object[] {args[1], args[2], args[0]};
        }
        jdbc.query(sql, rs -> {
            rows.row(rs);
        }, args);
    }

    /** The team's clients as a condition after the period's. */
    private static String teamAfter(StatisticsQuery q, String alias) {
        return q.team() == null ? ""
                : " WHERE EXISTS (SELECT 1 FROM stat_client t WHERE t.client_key = " + alias
                        + ".client_key AND t.team_code = ?)";
    }

    /** The team's code first (its join comes first in every query), then the period's bounds. */
    private static Object[] params(StatisticsQuery q, Instant from, Instant to) {
        return q.team() == null ? new Object[] {FactStore.utc(from), FactStore.utc(to)}
                : new Object[] {q.team(), FactStore.utc(from), FactStore.utc(to)};
    }

    /** The join that keeps the clients of the team, when one is chosen. */
    private static String team(StatisticsQuery q, String alias) {
        return q.team() == null ? ""
                : " JOIN stat_client t ON t.client_key = " + alias + ".client_key AND t.team_code = ?";
    }

    private static void put(long[][] cells, int r, int c, long n) {
        if (r >= 0 && c >= 0) {
            cells[r][c] = n;
        }
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(HelsinkiTime.ZONE).toInstant();
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
