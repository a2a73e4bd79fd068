package fi.tyollisyystalo.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * The organisation categories a case's network names (NETWORK_ADDED's detail, casework's
     * {@code NetworkCategory}). A category's place is its bit in {@code stat_case.network_mask}: add new ones at
     * the end, never reorder.
     */
    public static final List<String> NETWORK = List.of("EMPLOYMENT_SERVICES", "KELA", "SOCIAL_SERVICES",
            "MENTAL_HEALTH_SUBSTANCE", "HEALTH_CARE", "REHABILITATION", "EDUCATION", "NGO", "CRIMINAL_SANCTIONS",
            "OTHER", "TE_OFFICE", "PRIVATE_PROVIDER");

    private static final List<String> SEXES = List.of("MALE", "FEMALE");

    /** A case open at some time of the period: opened before its end, not closed before its start. */
    private static final String OPEN_IN_PERIOD = " WHERE c.opened_at < ? AND (c.closed_at IS NULL OR c.closed_at >= ?)";

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

    /** Clients whose case was open in the period, each once, by the age band and sex at its opening. */
    StatTable clients(StatisticsQuery q) {
        long[][] cells = new long[AgeBand.CODES.size()][SEXES.size()];
        jdbc.query("SELECT x.age_band, x.sex, COUNT(*) FROM (SELECT MIN(c.age_band) age_band, MIN(c.sex) sex"
                + " FROM stat_case c" + team(q, "c") + OPEN_IN_PERIOD + " GROUP BY c.client_key) x"
                + " GROUP BY x.age_band, x.sex", rs -> {
                    put(cells, AgeBand.CODES.indexOf(rs.getString(1)), SEXES.indexOf(rs.getString(2)), rs.getLong(3));
                }, openArgs(q));
        return TableBuilder.counts("clients", "stats.clients.age",
                AgeBand.CODES.stream().map(a -> "stats.age." + a).toList(),
                SEXES.stream().map(s -> "stats.sex." + s).toList(), cells, true, true);
    }

    /** Appointments marked done in the period, by the offering staff role and the way they were met. */
    StatTable visits(StatisticsQuery q) {
        List<String> roles = Roles.CLIENT_WORK_ROLES;
        List<String> ways = Arrays.stream(Way.values()).map(Enum::name).toList();
        long[][] cells = new long[roles.size()][ways.size()];
        query("SELECT v.staff_role, v.way, COUNT(*) FROM stat_visit v WHERE v.done_at >= ? AND v.done_at < ?"
                + (q.team() == null ? "" : " AND v.team_code = ?") + " GROUP BY v.staff_role, v.way", q,
                rs -> put(cells, roles.indexOf(rs.getString(1)), ways.indexOf(rs.getString(2)), rs.getLong(3)));
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

    /** Medians in days from the contact of the period to the first answer, the first meeting and the plan agreed. */
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
        List<Integer> months = EvaluationDates.MONTHS;
        List<String> kinds = months.stream().map(m -> "M" + m).toList();
        long[][] cells = new long[kinds.size()][3];
        LocalDate yesterday = HelsinkiTime.today(clock).minusDays(1);
        LocalDate last = q.to().isBefore(yesterday) ? q.to() : yesterday;
        for (int i = 0; i < months.size(); i++) {
            int m = months.get(i);
            int r = i;
            // a month end clamps in SQL as in EvaluationDates (DATE_ADD): due in the period means opened about m
            // months before it; the condition on the due date makes it exact. One index-only range per kind.
            String due = "DATE_ADD(c.opened_on, INTERVAL " + m + " MONTH)";
            String done = "c.m" + m + "_done";
            List<Object> args = new ArrayList<>();
            args.add(last);
            if (q.team() != null) {
                args.add(q.team());
            }
            args.addAll(List.of(q.from().minusMonths(m).minusDays(3), q.to().minusMonths(m), q.from(), q.to()));
            jdbc.query("SELECT COALESCE(SUM(" + done + " IS NOT NULL AND " + done + " <= " + due + "), 0),"
                    + " COALESCE(SUM(" + done + " > " + due + "), 0),"
                    + " COALESCE(SUM(" + done + " IS NULL AND " + due + " <= ? AND (c.closed_on IS NULL"
                    + " OR c.closed_on > " + due + ")), 0) FROM stat_case c" + team(q, "c")
                    + " WHERE c.opened_on >= ? AND c.opened_on <= ? AND " + due + " >= ? AND " + due + " <= ?",
                    rs -> {
                        for (int c = 0; c < 3; c++) {
                            put(cells, r, c, rs.getLong(c + 1));
                        }
                    }, args.toArray());
        }
        return TableBuilder.counts("evaluations", "stats.evaluations.kind",
                kinds.stream().map(k -> "stats.evaluations." + k).toList(),
                List.of("stats.evaluations.ontime", "stats.evaluations.late", "stats.evaluations.missing"), cells,
                true, true);
    }

    /**
     * Clients whose case was open in the period, and of them those with each kind of organisation named in their
     * case's network: count and share. A client may have several, so the rows have no total.
     */
    StatTable network(StatisticsQuery q) {
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < NETWORK.size(); i++) {
            sums.append(", COALESCE(SUM(x.m & ").append(1 << i).append(" > 0), 0)");
        }
        long[] counts = new long[NETWORK.size() + 1];
        jdbc.query("SELECT COUNT(*)" + sums + " FROM (SELECT BIT_OR(c.network_mask) m FROM stat_case c" + team(q, "c")
                + OPEN_IN_PERIOD + " GROUP BY c.client_key) x", rs -> {
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getLong(i + 1);
                    }
                }, openArgs(q));
        long all = counts[0];
        boolean allSmall = all >= 1 && all < Suppression.SMALLEST_SHOWN;
        List<StatTable.Row> rows = new ArrayList<>();
        rows.add(new StatTable.Row("stats.network.clients", List.of(StatTable.Cell.count(all, allSmall),
                all == 0 ? StatTable.Cell.none(StatTable.Kind.PERCENT)
                        : new StatTable.Cell(StatTable.Kind.PERCENT, 100, allSmall))));
        for (int i = 0; i < NETWORK.size(); i++) {
            long n = counts[i + 1];
            boolean small = allSmall || n >= 1 && n < Suppression.SMALLEST_SHOWN;
            rows.add(new StatTable.Row("stats.network." + NETWORK.get(i), List.of(StatTable.Cell.count(n, small),
                    all == 0 ? StatTable.Cell.none(StatTable.Kind.PERCENT)
                            : new StatTable.Cell(StatTable.Kind.PERCENT, 100.0 * n / all, small))));
        }
        return new StatTable("network", "stats.network.category",
                List.of("stats.network.count", "stats.network.percent"), rows, null);
    }

    /** The team's code (if any), then the period's end and start, for {@link #OPEN_IN_PERIOD}. */
    private static Object[] openArgs(StatisticsQuery q) {
        return params(q, start(q.to().plusDays(1)), start(q.from()));
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
}
