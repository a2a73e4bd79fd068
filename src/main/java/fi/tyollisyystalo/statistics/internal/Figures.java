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
import fi.tyollisyystalo.casework.UnemploymentDuration;
import fi.tyollisyystalo.followup.ChangePoint;
import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.followup.FollowUpPurpose;
import fi.tyollisyystalo.referral.ContactSource;
import fi.tyollisyystalo.referral.ProfessionalRequestKind;
import fi.tyollisyystalo.referral.SourceOrganisation;
import fi.tyollisyystalo.statistics.StatTable;
import fi.tyollisyystalo.statistics.StatisticsQuery;

/**
 * The figures of a period and a team, each one query over the facts (a client's team is the team of their first
 * appointment's staff member; visits are counted by their own staff member's team).
 */
@Component
public class Figures {

    public static final List<String> IDS = List.of("contacts", "consultations", "clients", "unemployment", "visits",
            "outcomes", "leadtimes", "evaluations", "network", "followups", "prom", "employment", "prem",
            "stakeholder");

    /**
     * The organisation categories a case's network names (NETWORK_ADDED's detail, casework's
     * {@code NetworkCategory}). A category's place is its bit in {@code stat_case.network_mask}: add new ones at
     * the end, never reorder.
     */
    public static final List<String> NETWORK = List.of("EMPLOYMENT_SERVICES", "KELA", "SOCIAL_SERVICES",
            "MENTAL_HEALTH_SUBSTANCE", "HEALTH_CARE", "REHABILITATION", "EDUCATION", "NGO", "CRIMINAL_SANCTIONS",
            "OTHER", "TE_OFFICE", "PRIVATE_PROVIDER");

    private static final List<String> SEXES = List.of("MALE", "FEMALE");

    /**
     * A case open at some time of the period: open until its start or later (not closed before it), opened before
     * its end; read by {@code stat_case_open}, whose range is then the cases open at the period's start or opened
     * since.
     */
    private static final String OPEN_IN_PERIOD = " WHERE c.open_until >= ? AND c.opened_at < ?";

    /** {@link #OPEN_IN_PERIOD} by the columns of the client's index ({@code stat_case_client}, the network's). */
    private static final String OPEN_IN_PERIOD_BY_CLIENT = " WHERE (c.closed_at IS NULL OR c.closed_at >= ?)"
            + " AND c.opened_at < ?";

    /** A case open in the period that is its client's first open in it: every earlier one closed before it. */
    private static final String FIRST_OF_CLIENT = " AND (c.earlier_open_until IS NULL OR c.earlier_open_until < ?)";

    /** Codes of a case without a recorded unemployment duration (the figure's last row before the totals). */
    static final String NOT_RECORDED = "NOT_RECORDED";

    /** The unemployment figure's rows: every duration, then the cases without one. */
    static final List<String> DURATIONS = java.util.stream.Stream.concat(
            Arrays.stream(UnemploymentDuration.values()).map(Enum::name), java.util.stream.Stream.of(NOT_RECORDED))
            .toList();

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
            case "consultations" -> consultations(q);
            case "unemployment" -> unemployment(q);
            case "followups" -> followUps(q);
            case "prom" -> prom(q);
            case "employment" -> employment(q);
            case "prem" -> prem(q);
            case "stakeholder" -> stakeholder(q);
            default -> throw new IllegalArgumentException("No such figure");
        };
    }

    StatTable contacts(StatisticsQuery q) {
        List<String> sources = Arrays.stream(ContactSource.values()).map(Enum::name).toList();
        long[][] cells = new long[sources.size()][2];
        query("SELECT p.source, COUNT(*), SUM(p.accepted_at IS NOT NULL) FROM stat_path p"
                + " WHERE p.contact_at >= ? AND p.contact_at < ?" + team(q, "p") + " GROUP BY p.source", q, rs -> {
                    int r = at(sources, rs.getString(1));
                    if (r >= 0) {
                        cells[r][0] = rs.getLong(2);
                        cells[r][1] = rs.getLong(3);
                    }
                });
        // the share of all contacts that each source brought (North Savo: 58 % employment services, 18 % social)
        return TableBuilder.withShareOfTotal(TableBuilder.counts("contacts", "stats.contacts.source",
                sources.stream().map(s -> "contactrequests.source." + s).toList(),
                List.of("stats.contacts.arrived", "stats.contacts.accepted"), cells, false, true),
                "stats.contacts.share", 0);
    }

    /**
     * Clients whose case was open in the period, each once (their first case open in it), by the age band and sex
     * at its opening.
     */
    StatTable clients(StatisticsQuery q) {
        long[][] cells = new long[AgeBand.CODES.size()][SEXES.size()];
        // with the mean age at the opening of each client's case, by sex and of all (a mean of one to four is
        // hidden): the same rows, so one pass over the covering index
        double[] sums = new double[SEXES.size() + 1];
        long[] ns = new long[SEXES.size() + 1];
        jdbc.query("SELECT c.age_band, c.sex, COUNT(*), COALESCE(SUM(c.age), 0), COUNT(c.age) FROM stat_case c"
                + OPEN_IN_PERIOD + FIRST_OF_CLIENT + team(q, "c") + " GROUP BY c.age_band, c.sex", rs -> {
                    int s = at(SEXES, rs.getString(2));
                    put(cells, at(AgeBand.CODES, rs.getString(1)), s, rs.getLong(3));
                    if (s >= 0) {
                        sums[s] += rs.getLong(4);
                        ns[s] += rs.getLong(5);
                    }
                    sums[SEXES.size()] += rs.getLong(4);
                    ns[SEXES.size()] += rs.getLong(5);
                }, firstArgs(q));
        List<StatTable.Cell> means = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            means.add(ns[i] == 0 ? StatTable.Cell.none(StatTable.Kind.MEAN)
                    : new StatTable.Cell(StatTable.Kind.MEAN, sums[i] / ns[i], ns[i] < Suppression.SMALLEST_SHOWN));
        }
        return TableBuilder.counts("clients", "stats.clients.age",
                AgeBand.CODES.stream().map(a -> "stats.age." + a).toList(),
                SEXES.stream().map(s -> "stats.sex." + s).toList(), cells, true, true)
                .withSummary(List.of(new StatTable.Row("stats.clients.meanage", means)));
    }

    /** Appointments marked done in the period, by the offering staff role and the way they were met. */
    StatTable visits(StatisticsQuery q) {
        List<String> roles = Roles.CLIENT_WORK_ROLES;
        List<String> ways = Arrays.stream(Way.values()).map(Enum::name).toList();
        long[][] cells = new long[roles.size()][ways.size()];
        query("SELECT v.staff_role, v.way, COUNT(*) FROM stat_visit v WHERE v.done_at >= ? AND v.done_at < ?"
                + team(q, "v") + " GROUP BY v.staff_role, v.way", q,
                rs -> put(cells, at(roles, rs.getString(1)), at(ways, rs.getString(2)), rs.getLong(3)));
        return TableBuilder.counts("visits", "stats.visits.role", roles.stream().map(r -> "role." + r).toList(),
                ways.stream().map(w -> "booking.way." + w).toList(), cells, true, true);
    }

    /** Cases closed in the period, by their outcome. */
    StatTable outcomes(StatisticsQuery q) {
        List<String> outcomes = Arrays.stream(Outcome.values()).map(Enum::name).toList();
        long[][] cells = new long[outcomes.size()][1];
        query("SELECT c.outcome, COUNT(*) FROM stat_case c"
                + " WHERE c.closed_at >= ? AND c.closed_at < ?" + team(q, "c") + " GROUP BY c.outcome", q,
                rs -> put(cells, at(outcomes, rs.getString(1)), 0, rs.getLong(2)));
        return TableBuilder.counts("outcomes", "stats.outcomes.outcome",
                outcomes.stream().map(o -> "case.outcome." + o).toList(), List.of("stats.outcomes.closed"), cells,
                false, true);
    }

    /**
     * Medians in days from the contact of the period to the first answer, the first meeting and the plan agreed
     * (the three from one pass over the covering index).
     */
    StatTable leadTimes(StatisticsQuery q) {
        List<String> measures = List.of("first_answer_at", "first_meeting_at", "plan_at");
        List<List<Double>> all = measures.stream().map(m -> (List<Double>) new ArrayList<Double>()).toList();
        query("SELECT " + String.join(", ", measures.stream()
                .map(m -> "TIMESTAMPDIFF(SECOND, p.contact_at, p." + m + ")").toList())
                + " FROM stat_path p WHERE p.contact_at >= ? AND p.contact_at < ?" + team(q, "p"), q, rs -> {
                    for (int i = 0; i < measures.size(); i++) {
                        long seconds = rs.getLong(i + 1);
                        if (!rs.wasNull()) {
                            all.get(i).add(seconds / 86_400.0);
                        }
                    }
                });
        List<StatTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            String m = measures.get(i);
            List<Double> days = all.get(i);
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
     * evaluation due after its case closed is not counted (closing removes it). Read from the day totals
     * ({@code stat_evaluation_day}, kept with the cases: see {@code FactStore}).
     */
    StatTable evaluations(StatisticsQuery q) {
        List<Integer> months = EvaluationDates.MONTHS;
        List<String> kinds = months.stream().map(m -> "M" + m).toList();
        long[][] cells = new long[kinds.size()][3];
        LocalDate yesterday = HelsinkiTime.today(clock).minusDays(1);
        List<Object> args = new ArrayList<>(List.of(yesterday, q.from(), q.to()));
        if (q.team() != null) {
            args.add(q.team());
        }
        jdbc.query("SELECT d.months, SUM(d.ontime), SUM(d.late), SUM(IF(d.due_on <= ?, d.pending, 0))"
                + " FROM stat_evaluation_day d WHERE d.due_on >= ? AND d.due_on <= ?" + team(q, "d")
                + " GROUP BY d.months", rs -> {
                    int r = months.indexOf(rs.getInt(1));
                    for (int c = 0; c < 3; c++) {
                        put(cells, r, c, rs.getLong(c + 2));
                    }
                }, args.toArray());
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
        long[] counts = new long[NETWORK.size() + 1];
        // each client's organisations (their cases' masks together), counted by the set named: the few sets are
        // summed by category here (twelve sums over every client in SQL took twice the time)
        jdbc.query("SELECT x.m, COUNT(*) FROM (SELECT BIT_OR(c.network_mask) m FROM stat_case c"
                + OPEN_IN_PERIOD_BY_CLIENT + team(q, "c") + " GROUP BY c.client_key) x GROUP BY x.m", rs -> {
                    int mask = rs.getInt(1);
                    long clients = rs.getLong(2);
                    counts[0] += clients;
                    for (int i = 0; i < NETWORK.size(); i++) {
                        if ((mask & 1 << i) != 0) {
                            counts[i + 1] += clients;
                        }
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

    /**
     * Professionals' referrals and consultations made in the period, by the kind of organisation they came from,
     * with each organisation's share of them all.
     */
    StatTable consultations(StatisticsQuery q) {
        List<String> sources = Arrays.stream(SourceOrganisation.values()).map(Enum::name).toList();
        List<String> kinds = Arrays.stream(ProfessionalRequestKind.values()).map(Enum::name).toList();
        long[][] cells = new long[sources.size()][kinds.size()];
        query("SELECT r.source, r.kind, COUNT(*) FROM stat_request r WHERE r.made_at >= ? AND r.made_at < ?"
                + team(q, "r") + " GROUP BY r.source, r.kind", q,
                rs -> put(cells, at(sources, rs.getString(1)), at(kinds, rs.getString(2)), rs.getLong(3)));
        StatTable counts = TableBuilder.counts("consultations", "stats.consultations.source",
                sources.stream().map(s -> "professional.source." + s).toList(),
                kinds.stream().map(k -> "stats.consultations." + k).toList(), cells, true, true);
        return TableBuilder.withShareOfTotal(counts, "stats.consultations.share");
    }

    /**
     * Clients whose case was open in the period, each once, by how long they had been unemployed at its start
     * (the latest duration recorded in their first case open in the period), with the shares of all of them; then
     * the long-term
     * unemployed (12 months or more) together, shown only when neither of its two rows is suppressed (else the
     * sum would give a suppressed one away).
     */
    StatTable unemployment(StatisticsQuery q) {
        List<String> codes = DURATIONS;
        long[][] cells = new long[codes.size()][1];
        jdbc.query("SELECT COALESCE(c.unemployment, '" + NOT_RECORDED + "'), COUNT(*) FROM stat_case c"
                + OPEN_IN_PERIOD + FIRST_OF_CLIENT + team(q, "c") + " GROUP BY c.unemployment",
                (ResultSet rs) -> put(cells, at(codes, rs.getString(1)), 0, rs.getLong(2)), firstArgs(q));
        return unemploymentTable(codes, cells);
    }

    /** The unemployment figure of the clients' counts by {@code codes} (one column). */
    static StatTable unemploymentTable(List<String> codes, long[][] cells) {
        Suppression s = Suppression.of(cells, false, true);
        int n = codes.size();
        long all = s.value(n, 0);
        boolean allSuppressed = s.suppressed(n, 0);
        List<StatTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            rows.add(shareRow("stats.unemployment." + codes.get(r), s.value(r, 0), s.suppressed(r, 0), all,
                    allSuppressed));
        }
        int years1to3 = codes.indexOf(UnemploymentDuration.YEARS_1_TO_3.name());
        int over3 = codes.indexOf(UnemploymentDuration.OVER_3_YEARS.name());
        rows.add(shareRow("stats.unemployment.longterm", s.value(years1to3, 0) + s.value(over3, 0),
                s.suppressed(years1to3, 0) || s.suppressed(over3, 0), all, allSuppressed));
        StatTable.Row totals = shareRow(TableBuilder.TOTAL, all, allSuppressed, all, allSuppressed);
        return new StatTable("unemployment", "stats.unemployment.duration",
                List.of("stats.unemployment.count", "stats.unemployment.percent"), rows, totals);
    }

    private static StatTable.Row shareRow(String label, long n, boolean suppressed, long all, boolean allSuppressed) {
        boolean hidden = suppressed || allSuppressed;
        return new StatTable.Row(label, List.of(StatTable.Cell.count(n, suppressed), all == 0
                ? StatTable.Cell.none(StatTable.Kind.PERCENT)
                : new StatTable.Cell(StatTable.Kind.PERCENT, 100.0 * n / all, hidden)));
    }

    /**
     * The follow-up waves: residents invited in the period to each, how many of them were reminded and how many
     * answered (by now), and the response rate; the rate is hidden with either of its counts.
     */
    StatTable followUps(StatisticsQuery q) {
        List<String> waves = Arrays.stream(FollowUpPurpose.values()).map(Enum::name).toList();
        long[][] cells = new long[waves.size()][3];
        query("SELECT f.wave, COUNT(*), SUM(f.reminded_at IS NOT NULL), SUM(f.answered_at IS NOT NULL)"
                + " FROM stat_followup f WHERE f.invited_at >= ? AND f.invited_at < ?" + team(q, "f")
                + " GROUP BY f.wave", q, rs -> {
                    int r = at(waves, rs.getString(1));
                    for (int c = 0; c < 3; c++) {
                        put(cells, r, c, rs.getLong(c + 2));
                    }
                });
        Suppression s = Suppression.of(cells, false, true);
        List<StatTable.Row> rows = new ArrayList<>();
        for (int r = 0; r <= waves.size(); r++) {
            List<StatTable.Cell> line = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                line.add(StatTable.Cell.count(s.value(r, c), s.suppressed(r, c)));
            }
            long invited = s.value(r, 0);
            line.add(invited == 0 ? StatTable.Cell.none(StatTable.Kind.PERCENT)
                    : new StatTable.Cell(StatTable.Kind.PERCENT, 100.0 * s.value(r, 2) / invited,
                            s.suppressed(r, 0) || s.suppressed(r, 2)));
            rows.add(new StatTable.Row(r < waves.size() ? "stats.followups." + waves.get(r) : TableBuilder.TOTAL,
                    line));
        }
        return new StatTable("followups", "stats.followups.wave", List.of("stats.followups.invited",
                "stats.followups.reminded", "stats.followups.answered", "stats.followups.rate"),
                rows.subList(0, waves.size()), rows.getLast());
    }

    /**
     * The change between the outcome questionnaire at the start and at the follow-up answered in the period, of
     * the cases whose client answered the question both times: pairs, the means at the start and at the follow-up
     * and the mean change. A row of fewer than five pairs is hidden (a mean of a few would tell about persons).
     */
    StatTable prom(StatisticsQuery q) {
        List<String> questions = Answers.SCORES;
        List<StatTable.Row> rows = new ArrayList<>();
        double[][] values = new double[questions.size()][4];
        // the means from the day totals (stat_prom_day, kept with the pairs: see FactStore)
        List<Object> args = new ArrayList<>(List.of(q.from(), q.to()));
        if (q.team() != null) {
            args.add(q.team());
        }
        jdbc.query("SELECT d.question, SUM(d.pairs), SUM(d.start_sum), SUM(d.follow_sum) FROM stat_prom_day d"
                + " WHERE d.follow_on >= ? AND d.follow_on <= ?" + team(q, "d") + " GROUP BY d.question", rs -> {
                    int r = at(questions, rs.getString(1));
                    long pairs = rs.getLong(2);
                    if (r >= 0 && pairs > 0) {
                        double start = rs.getLong(3) / (double) pairs;
                        double follow = rs.getLong(4) / (double) pairs;
                        values[r] = new double[] {pairs, start, follow, follow - start};
                    }
                }, args.toArray());
        for (int r = 0; r < questions.size(); r++) {
            long n = (long) values[r][0];
            boolean small = n >= 1 && n < Suppression.SMALLEST_SHOWN;
            String question = questions.get(r);
            String label = question.equals(ChangePoint.WORK_ABILITY) ? "stats.prom.was"
                    : "domain." + question.substring(ChangePoint.DOMAIN_PREFIX.length());
            rows.add(new StatTable.Row(label, List.of(StatTable.Cell.count(n, small),
                    mean(StatTable.Kind.MEAN, n, values[r][1], small), mean(StatTable.Kind.MEAN, n, values[r][2], small),
                    mean(StatTable.Kind.CHANGE, n, values[r][3], small))));
        }
        return new StatTable("prom", "stats.prom.measure", List.of("stats.prom.pairs", "stats.prom.start",
                "stats.prom.follow", "stats.prom.change"), rows, null);
    }

    private static StatTable.Cell mean(StatTable.Kind kind, long n, double value, boolean suppressed) {
        return n == 0 ? StatTable.Cell.none(kind) : new StatTable.Cell(kind, suppressed ? Double.NaN : value, suppressed);
    }

    /** The same PROM pairs' employment situation at the start and at the follow-up, by its code. */
    StatTable employment(StatisticsQuery q) {
        List<String> codes = FollowUpForms.EMPLOYMENT_CODES;
        long[][] cells = new long[codes.size()][2];
        List<String> columns = List.of("start_answer", "follow_answer");
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            query("SELECT p." + columns.get(c) + ", COUNT(*) FROM stat_prom p WHERE p.follow_at >= ?"
                    + " AND p.follow_at < ?" + team(q, "p") + " AND p.question = '" + FollowUpForms.EMPLOYMENT
                    + "' GROUP BY p." + columns.get(c), q,
                    rs -> put(cells, at(codes, rs.getString(1)), column, rs.getLong(2)));
        }
        return TableBuilder.counts("employment", "stats.employment.situation",
                codes.stream().map(c -> "stats.employment." + c).toList(),
                List.of("stats.prom.start", "stats.prom.follow"), cells, false, true);
    }

    /**
     * The client-experience statements (PREM) answered in the period after a visit, at the end of the service
     * and both together: the share of positive answers (4 or 5) with its part and n, exact to one decimal.
     *
     * <p>Suppression: PREM is anonymous and reported only in aggregate; its unit is an answer, not something
     * about a person who could be picked out, so a share is shown with its n whenever at least five answered
     * (North Savo's 45/49 shows that four did not agree, and must be shown). A share of one to four answers is
     * hidden: who answered after a certain visit can be known, and a few answers would then tell what they said.
     */
    StatTable prem(StatisticsQuery q) {
        List<String> waves = List.of(FollowUpPurpose.PREM_VISIT.name(), FollowUpPurpose.PREM_END.name());
        List<String> items = FollowUpForms.PREM_ITEMS;
        long[][] n = new long[items.size()][waves.size() + 1];
        long[][] positive = new long[items.size()][waves.size() + 1];
        query("SELECT a.wave, a.question, COUNT(*), SUM(CAST(a.answer AS UNSIGNED) >= "
                + FollowUpForms.POSITIVE_FROM + ") FROM stat_answer a WHERE a.wave IN ('PREM_VISIT', 'PREM_END')"
                + " AND a.answered_at >= ? AND a.answered_at < ?" + team(q, "a") + " GROUP BY a.wave, a.question",
                q, rs -> {
                    int r = at(items, rs.getString(2));
                    int c = at(waves, rs.getString(1));
                    if (r >= 0 && c >= 0) {
                        n[r][c] = rs.getLong(3);
                        positive[r][c] = rs.getLong(4);
                        n[r][waves.size()] += rs.getLong(3);
                        positive[r][waves.size()] += rs.getLong(4);
                    }
                });
        List<String> columns = new ArrayList<>(waves.stream().map(w -> "stats.prem." + w).toList());
        columns.add(TableBuilder.TOTAL);
        return TableBuilder.shares("prem", "stats.prem.item", items.stream().map(i -> "stats.prem." + i).toList(),
                columns, positive, n);
    }

    /**
     * The partners' survey answered in the period (of a team: the rounds that asked about it): the share of
     * positive answers (4 or 5) of each statement with its n; hidden under five answers, as {@link #prem}.
     */
    StatTable stakeholder(StatisticsQuery q) {
        List<String> items = FollowUpForms.STAKEHOLDER_ITEMS;
        long[][] n = new long[items.size()][1];
        long[][] positive = new long[items.size()][1];
        query("SELECT e.step, COUNT(*), SUM(CAST(e.code AS UNSIGNED) >= " + FollowUpForms.POSITIVE_FROM + ")"
                + " FROM stat_event e WHERE e.kind = 'STAKEHOLDER' AND e.occurred_at >= ? AND e.occurred_at < ?"
                + team(q, "e") + " GROUP BY e.step", q, rs -> {
                    int r = at(items, rs.getString(1));
                    if (r >= 0) {
                        n[r][0] = rs.getLong(2);
                        positive[r][0] = rs.getLong(3);
                    }
                });
        return TableBuilder.shares("stakeholder", "stats.stakeholder.item",
                items.stream().map(i -> "stats.stakeholder." + i).toList(), List.of("stats.stakeholder.positive"),
                positive, n);
    }

    /** The period's start and end, for {@link #OPEN_IN_PERIOD_BY_CLIENT}, then the team's code (if any). */
    private static Object[] openArgs(StatisticsQuery q) {
        return params(q, start(q.from()), start(q.to().plusDays(1)));
    }

    /** The period's start and end, for {@link #OPEN_IN_PERIOD}, its start for {@link #FIRST_OF_CLIENT}, the team. */
    private static Object[] firstArgs(StatisticsQuery q) {
        List<Object> args = new ArrayList<>(List.of(FactStore.utc(start(q.from())),
                FactStore.utc(start(q.to().plusDays(1))), FactStore.utc(start(q.from()))));
        if (q.team() != null) {
            args.add(q.team());
        }
        return args.toArray();
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    /** A query of the period (its start and end the first two parameters), then the team's code, if any. */
    private void query(String sql, StatisticsQuery q, Rows rows) {
        jdbc.query(sql, rs -> {
            rows.row(rs);
        }, params(q, start(q.from()), start(q.to().plusDays(1))));
    }

    /** The period's bounds, then the team's code (its condition comes last in every query). */
    private static Object[] params(StatisticsQuery q, Instant from, Instant to) {
        return q.team() == null ? new Object[] {FactStore.utc(from), FactStore.utc(to)}
                : new Object[] {FactStore.utc(from), FactStore.utc(to), q.team()};
    }

    /**
     * The condition that keeps the clients of the team, when one is chosen: every derived row carries its
     * client's team (derived with it), so no figure joins {@code stat_client}.
     */
    private static String team(StatisticsQuery q, String alias) {
        return q.team() == null ? "" : " AND " + alias + ".team_code = ?";
    }

    /**
     * The row or column of a code read from a derived table, -1 (not counted) for a code this version does not show or
     * none (an age band is empty for an event dated before the person's birth).
     */
    private static int at(List<String> codes, @Nullable String code) {
        return code == null ? -1 : codes.indexOf(code);
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
