package fi.tyollisyystalo.statistics.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.casework.EvaluationDates;
import fi.tyollisyystalo.followup.FollowUpForms;

/**
 * The facts' tables. {@code stat_event} is only appended to; the derived tables (a client's team, each contact
 * request's path, each case with its team and unemployment duration, each follow-up, its kept answers, each PROM
 * pair, each professional's request) are computed from it by the same statements for one client when their event comes
 * and for everybody at a rebuild ({@link FactRebuild}), so the two can never disagree.
 */
@Component
public class FactStore {

    /** MariaDB's error of a lock not granted in time, or at once under NOWAIT. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private static final String TEAM_ANSWERS = "'PHONE_CONTACT','REPLIED','ASKED_MORE','REDIRECTED','ACCEPTED'";

    private static final String CLIENT_TEAM = "INSERT IGNORE INTO {into} (client_key, team_code)"
            + " SELECT v.client_key, v.team_code FROM stat_event v WHERE v.kind = 'VISIT' AND v.step = 'BOOKED'"
            + " AND v.team_code IS NOT NULL AND v.client_key IS NOT NULL %s ORDER BY v.occurred_at, v.id";

    private static final String VISITS = "REPLACE INTO {into} (appointment_id, client_key, team_code, staff_role,"
            + " way, done_at) SELECT v.subject_id, v.client_key, v.team_code, v.staff_role, v.way, MIN(v.occurred_at)"
            + " FROM stat_event v WHERE v.kind = 'VISIT' AND v.step = 'DONE' AND v.client_key IS NOT NULL"
            + " AND v.staff_role IS NOT NULL AND v.way IS NOT NULL %s"
            + " GROUP BY v.subject_id, v.client_key, v.team_code, v.staff_role, v.way";

    /**
     * Each contact request's path: its sending, with the team's first answer and the acceptance grouped per request
     * from the request index alone, and the client's first meeting and first plan agreed after it from their held
     * visits and agreed plans (each set read once and joined by the client, not looked up per request). The client
     * filter ({@code %1$s}, alias {@code e}) goes into every part. The sendings are read by their index: grouped by
     * the event's id, the optimizer would otherwise scan the whole log in its primary key's order.
     */
    private static final String PATHS = "REPLACE INTO {into} (request_id, client_key, team_code, source, age_band,"
            + " sex, contact_at, first_answer_at, accepted_at, first_meeting_at, plan_at)"
            + " SELECT e.subject_id, e.client_key, MIN(t.team_code), e.code, e.age_band, e.sex, e.occurred_at,"
            + " MIN(a.answered), MIN(a.accepted), MIN(v.starts_at), MIN(c.occurred_at)"
            + " FROM stat_event e USE INDEX (stat_event_kind_time, stat_event_client)"
            + " LEFT JOIN stat_client t ON t.client_key = e.client_key"
            + " LEFT JOIN (SELECT e.subject_id, MIN(e.occurred_at) answered,"
            + "  MIN(IF(e.step = 'ACCEPTED', e.occurred_at, NULL)) accepted FROM stat_event e"
            + "  WHERE e.kind = 'CONTACT' AND e.step IN (" + TEAM_ANSWERS + ") %1$s GROUP BY e.subject_id) a"
            + "  ON a.subject_id = e.subject_id"
            + " LEFT JOIN (SELECT e.client_key, e.starts_at FROM stat_event e WHERE e.kind = 'VISIT' AND e.step = 'DONE'"
            + "  AND e.client_key IS NOT NULL AND e.starts_at IS NOT NULL %1$s GROUP BY e.client_key, e.starts_at) v"
            + "  ON v.client_key = e.client_key AND v.starts_at >= e.occurred_at"
            + " LEFT JOIN (SELECT e.client_key, e.occurred_at FROM stat_event e WHERE e.kind = 'CASE'"
            + "  AND e.step = 'PLAN_AGREED' AND e.client_key IS NOT NULL %1$s GROUP BY e.client_key, e.occurred_at) c"
            + "  ON c.client_key = e.client_key AND c.occurred_at >= e.occurred_at"
            + " WHERE e.kind = 'CONTACT' AND e.step = 'SENT' AND e.client_key IS NOT NULL %1$s GROUP BY e.id";

    private static final String CATEGORIES = String.join(", ",
            Figures.NETWORK.stream().map(c -> "'" + c + "'").toList());

    /** A network event's category as its bit in {@code stat_case.network_mask} (an unknown code as none). */
    private static final String NETWORK_BIT = "IF(FIELD(e.code, " + CATEGORIES + ") > 0, 1 << (FIELD(e.code, "
            + CATEGORIES + ") - 1), 0)";

    /**
     * Each case in one pass over its events (grouped by case, no lookup per case): opened, closed, the first day
     * each evaluation was done, the latest outcome and unemployment duration (the code after the time and id
     * written as 40 digits, so the largest is the latest) and the network's bits.
     */
    private static final String CASES = "REPLACE INTO {into} (case_id, client_key, team_code, age_band, age, sex,"
            + " opened_at, opened_on, closed_at, closed_on, m1_done, m3_done, m6_done, m9_done, m12_done, outcome,"
            + " unemployment, network_mask)"
            + " SELECT e.subject_id, MIN(e.client_key), MIN(t.team_code), MIN(IF(e.step = 'OPENED', e.age_band, NULL)),"
            + " MIN(IF(e.step = 'OPENED', e.age, NULL)), MIN(IF(e.step = 'OPENED', e.sex, NULL)), MIN(IF(e.step = 'OPENED', e.occurred_at, NULL)) opened,"
            + " MIN(IF(e.step = 'OPENED', e.on_day, NULL)),"
            + " MAX(IF(e.step = 'CLOSED', e.occurred_at, NULL)), MAX(IF(e.step = 'CLOSED', e.on_day, NULL)),"
            + evaluationDone("M1") + evaluationDone("M3") + evaluationDone("M6") + evaluationDone("M9")
            + evaluationDone("M12") + latest("OUTCOME") + latest("UNEMPLOYMENT_RECORDED")
            + " BIT_OR(IF(e.step = 'NETWORK_ADDED', " + NETWORK_BIT + ", 0))"
            + " FROM stat_event e LEFT JOIN stat_client t ON t.client_key = e.client_key"
            + " WHERE e.kind = 'CASE' AND e.client_key IS NOT NULL %s GROUP BY e.subject_id HAVING opened IS NOT NULL";

    /**
     * For each case, until when the client's earlier cases were open (the latest closing of the cases opened
     * before it, or far in the future while one is open; null for the first case, as REPLACE left it): a case is
     * its client's first case open in a period when it is open in it and this is before the period's start, so a
     * period's clients are counted from one row each, without grouping cases by client. A join with the grouped
     * earlier cases (by the client's index), not a subquery per row over the same table.
     */
    private static final String EARLIER_CASES = "UPDATE {into} c JOIN (SELECT l.case_id,"
            + " MAX(COALESCE(p.closed_at, '9999-12-31')) open_until FROM {into} l JOIN {into} p"
            + " ON p.client_key = l.client_key AND (p.opened_at < l.opened_at OR p.opened_at = l.opened_at"
            + " AND p.case_id < l.case_id) WHERE 1 = 1 %s GROUP BY l.case_id) x ON x.case_id = c.case_id"
            + " SET c.earlier_open_until = x.open_until";

    /** Each follow-up of a resident: its wave, when invited, first reminded and answered. */
    private static final String FOLLOWUPS = "REPLACE INTO {into} (followup_id, client_key, team_code, wave,"
            + " invited_at, reminded_at, answered_at)"
            + " SELECT f.subject_id, MIN(f.client_key), MIN(t.team_code), MIN(f.wave),"
            + " MIN(IF(f.step = 'INVITED', f.occurred_at, NULL)), MIN(IF(f.step = 'REMINDED', f.occurred_at, NULL)),"
            + " MIN(IF(f.step = 'ANSWERED', f.occurred_at, NULL))"
            + " FROM stat_event f LEFT JOIN stat_client t ON t.client_key = f.client_key"
            + " WHERE f.kind = 'FOLLOWUP' AND f.client_key IS NOT NULL %s GROUP BY f.subject_id";

    /** Each kept answer of a resident's follow-up (a follow-up is answered once; a second answer would win). */
    private static final String FOLLOWUP_ANSWERS = "REPLACE INTO {into} (followup_id, question, client_key,"
            + " team_code, wave, reference_id, answer, answered_at, answered_on)"
            + " SELECT a.subject_id, a.step, a.client_key, t.team_code, a.wave, a.reference_id, a.code, a.occurred_at,"
            + " a.on_day"
            + " FROM stat_event a LEFT JOIN stat_client t ON t.client_key = a.client_key"
            + " WHERE a.kind = 'ANSWER' AND a.client_key IS NOT NULL AND a.wave IS NOT NULL AND a.code IS NOT NULL %s"
            + " ORDER BY a.occurred_at, a.id";

    /**
     * Each PROM pair: a case's answer to a question at the follow-up (the last, when there were several) with its
     * first answer at the start (the answer after the time and follow-up id written as 40 digits, so the smallest
     * is the first); a question answered only once makes no pair. The starts are grouped in one pass and joined
     * by the client's covering index, no lookup per answer.
     */
    private static final String PROMS = "REPLACE INTO {into} (case_id, question, client_key, team_code,"
            + " start_answer, follow_answer, follow_at, follow_on)"
            + " SELECT f.reference_id, f.question, f.client_key, f.team_code, s.answer, f.answer, f.answered_at,"
            + " f.answered_on"
            + " FROM stat_answer f JOIN (SELECT a.client_key, a.reference_id, a.question,"
            + "  SUBSTRING(MIN(CONCAT(DATE_FORMAT(a.answered_at, '%%Y%%m%%d%%H%%i%%s%%f'), LPAD(a.followup_id, 20, '0'),"
            + "  a.answer)), 41) answer FROM stat_answer a WHERE a.wave = 'PROM_START' AND a.reference_id IS NOT NULL"
            + "  %1$s GROUP BY a.client_key, a.reference_id, a.question) s"
            + " ON s.client_key = f.client_key AND s.reference_id = f.reference_id AND s.question = f.question"
            + " WHERE f.wave = 'PROM_FOLLOW_UP' %2$s ORDER BY f.answered_at, f.followup_id";

    /** The interim evaluations' months, as a derived table of one column {@code m}. */
    private static final String EVALUATION_MONTHS = String.join(" UNION ALL ",
            EvaluationDates.MONTHS.stream().map(m -> "SELECT " + m + " m").toList());

    /** The day an evaluation of {@code k.m} months was first done, from the case's column of that kind. */
    private static final String EVALUATION_DONE = "CASE k.m " + String.join(" ", EvaluationDates.MONTHS.stream()
            .map(m -> "WHEN " + m + " THEN c.m" + m + "_done").toList()) + " END";

    /**
     * Adds the cases' interim evaluations to the totals of the day each is due ({@code stat_evaluation_day}):
     * done by that day, done later, and not done of the cases not closed by then. {@code %1$s} is the sign ("-"
     * takes the cases' rows out), {@code %2$s} the cases' filter (alias {@code c}). Reads {@code stat_case}: a
     * client's event takes their old rows out before deriving their cases and puts the new ones in after, so each
     * total stays the sum of the rows it counts; the keys in order, so two clients' events lock them in one order.
     */
    private static final String EVALUATION_DAYS = "INSERT INTO {into} (due_on, team_code, months, ontime, late,"
            + " pending) SELECT x.due, x.team, x.m, %1$sSUM(x.done IS NOT NULL AND x.done <= x.due),"
            + " %1$sSUM(x.done IS NOT NULL AND x.done > x.due),"
            + " %1$sSUM(x.done IS NULL AND (x.closed_on IS NULL OR x.closed_on > x.due))"
            + " FROM (SELECT DATE_ADD(c.opened_on, INTERVAL k.m MONTH) due, COALESCE(c.team_code, '') team, k.m,"
            + " " + EVALUATION_DONE + " done, c.closed_on FROM stat_case c JOIN (" + EVALUATION_MONTHS + ") k"
            + " WHERE 1 = 1 %2$s) x GROUP BY x.due, x.team, x.m ORDER BY x.due, x.team, x.m"
            + " ON DUPLICATE KEY UPDATE ontime = ontime + VALUES(ontime), late = late + VALUES(late),"
            + " pending = pending + VALUES(pending)";

    /**
     * Adds the PROM pairs to the totals of the day their follow-up was answered ({@code stat_prom_day}), by
     * question: pairs and the sums of the start's and the follow-up's scores (the employment situation is a code,
     * not a score: its figure reads the pairs). Sign and filter (alias {@code p}) as {@link #EVALUATION_DAYS}.
     */
    private static final String PROM_DAYS = "INSERT INTO {into} (follow_on, team_code, question, pairs, start_sum,"
            + " follow_sum) SELECT p.follow_on, COALESCE(p.team_code, '') team, p.question, %1$sCOUNT(*),"
            + " %1$sSUM(CAST(p.start_answer AS UNSIGNED)), %1$sSUM(CAST(p.follow_answer AS UNSIGNED)) FROM stat_prom p"
            + " WHERE p.follow_on IS NOT NULL AND p.question <> '" + FollowUpForms.EMPLOYMENT + "' %2$s"
            + " GROUP BY p.follow_on, team, p.question ORDER BY p.follow_on, team, p.question"
            + " ON DUPLICATE KEY UPDATE pairs = pairs + VALUES(pairs), start_sum = start_sum + VALUES(start_sum),"
            + " follow_sum = follow_sum + VALUES(follow_sum)";

    /** Each professional's referral or consultation. */
    private static final String REQUESTS = "REPLACE INTO {into} (request_id, kind, source, team_code, made_at)"
            + " SELECT r.subject_id, r.step, r.code, r.team_code, r.occurred_at FROM stat_event r"
            + " WHERE r.kind = 'REQUEST' AND r.code IS NOT NULL %s ORDER BY r.occurred_at, r.id";

    private final JdbcTemplate jdbc;

    private static String evaluationDone(String kind) {
        return " MIN(IF(e.step = 'EVALUATION_DONE' AND e.code = '" + kind + "', e.on_day, NULL)),";
    }

    private static String latest(String step) {
        return " SUBSTRING(MAX(IF(e.step = '" + step + "', CONCAT(DATE_FORMAT(e.occurred_at, '%%Y%%m%%d%%H%%i%%s%%f'),"
                + " LPAD(e.id, 20, '0'), e.code), NULL)), 41),";
    }

    FactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the fact unless the same event was recorded already; true when it was new. */
    public boolean append(Fact f) {
        return jdbc.update("INSERT IGNORE INTO stat_event (dedupe_hash, kind, subject_id, step, code, staff_role, way,"
                + " by_staff, team_code, client_key, age_band, age, sex, starts_at, occurred_at, on_day, wave,"
                + " reference_id) VALUES (UNHEX(SHA1(?)), ?, ?, ?, ?, ?, ?, ?, ?, UNHEX(?), ?, ?, ?, ?, ?, ?, ?, ?)",
                f.dedupeKey(), f.kind(), f.subjectId(), f.step(), f.code(), f.staffRole(), f.way(), f.byStaff(),
                f.teamCode(), f.clientKey(), f.ageBand(), f.age(), f.sex(), utc(f.startsAt()), utc(f.at()),
                HelsinkiTime.at(f.at()).toLocalDate(), f.wave(), f.referenceId()) > 0;
    }

    /**
     * Takes the rebuild's lock shared, first in a recording transaction: the rebuild takes it exclusively for its
     * whole run, so it waits for the recordings under way to commit (their events are then in what it reads) and
     * no recording writes while it runs (its rows would go into a table the rebuild is about to replace).
     *
     * @throws RebuildRunning at once while a rebuild runs: roll back, and record the event again after it
     */
    public void holdOffRebuild() {
        try {
            jdbc.queryForObject("SELECT id FROM stat_rebuild_lock WHERE id = 1 LOCK IN SHARE MODE NOWAIT",
                    Integer.class);
        } catch (DataAccessException e) {
            // NOWAIT fails with "lock wait timeout" (1205), which Spring leaves uncategorised
            if (e instanceof PessimisticLockingFailureException
                    || e.getMostSpecificCause() instanceof SQLException sql && sql.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                throw new RebuildRunning(e);
            }
            throw e;
        }
    }

    /** A rebuild of the derived facts runs: the event is recorded after it. */
    public static final class RebuildRunning extends RuntimeException {
        RebuildRunning(Throwable cause) {
            super("A rebuild of the statistics' facts is running", cause);
        }
    }

    /**
     * Derives the client's team, visits, contact paths, cases, follow-ups, answers and PROM pairs again from their
     * facts (the key in hex); the team first, as the others carry it.
     */
    public void derive(String clientKey) {
        // under READ COMMITTED each statement reads what is committed when it starts: waiting here for another
        // event of the client to commit makes the statements below see its rows (its booking's team, say)
        jdbc.update("INSERT INTO stat_derive_lock (client_key) VALUES (UNHEX(?))"
                + " ON DUPLICATE KEY UPDATE client_key = client_key", clientKey);
        jdbc.update(into(CLIENT_TEAM, "stat_client").formatted("AND v.client_key = UNHEX(?)"), clientKey);
        jdbc.update(into(VISITS, "stat_visit").formatted("AND v.client_key = UNHEX(?)"), clientKey);
        jdbc.update(into(PATHS, "stat_path").formatted("AND e.client_key = UNHEX(?)"), clientKey, clientKey,
                clientKey, clientKey);
        String evaluationDays = into(EVALUATION_DAYS, "stat_evaluation_day");
        jdbc.update(evaluationDays.formatted("-", "AND c.client_key = UNHEX(?)"), clientKey);
        jdbc.update(into(CASES, "stat_case").formatted("AND e.client_key = UNHEX(?)"), clientKey);
        jdbc.update(evaluationDays.formatted("", "AND c.client_key = UNHEX(?)"), clientKey);
        earlierCases(clientKey);
        jdbc.update(into(FOLLOWUPS, "stat_followup").formatted("AND f.client_key = UNHEX(?)"), clientKey);
        jdbc.update(into(FOLLOWUP_ANSWERS, "stat_answer").formatted("AND a.client_key = UNHEX(?)"), clientKey);
        String promDays = into(PROM_DAYS, "stat_prom_day");
        jdbc.update(promDays.formatted("-", "AND p.client_key = UNHEX(?)"), clientKey);
        jdbc.update(into(PROMS, "stat_prom").formatted("AND a.client_key = UNHEX(?)", "AND f.client_key = UNHEX(?)"),
                clientKey, clientKey);
        jdbc.update(promDays.formatted("", "AND p.client_key = UNHEX(?)"), clientKey);
    }

    /** The statement writing into {@code table} (and reading it, where it reads the table it writes). */
    static String into(String statement, String table) {
        return statement.replace("{into}", table);
    }

    /**
     * {@link #EARLIER_CASES} for one client's few cases, in order (the set-based statement reads the whole table
     * in a client's event, and its shared locks then deadlock with other clients' events).
     */
    private void earlierCases(String clientKey) {
        LocalDateTime far = LocalDateTime.of(9999, 12, 31, 0, 0);
        LocalDateTime until = null;
        record Case(long id, @Nullable LocalDateTime closed) {
        }
        for (Case c : jdbc.query("SELECT case_id, closed_at FROM stat_case WHERE client_key = UNHEX(?)"
                + " ORDER BY opened_at, case_id", (rs, i) -> new Case(rs.getLong(1),
                        rs.getObject(2, LocalDateTime.class)), clientKey)) {
            if (until != null) {
                jdbc.update("UPDATE stat_case SET earlier_open_until = ? WHERE case_id = ?", until, c.id());
            }
            LocalDateTime closed = c.closed() == null ? far : c.closed();
            until = until == null || closed.isAfter(until) ? closed : until;
        }
    }

    /** Derives a professional's referral or consultation again from its fact. */
    public void deriveRequest(long requestId) {
        jdbc.update(into(REQUESTS, "stat_request").formatted("AND r.subject_id = ?"), requestId);
    }

    /**
     * A derived table, the rebuild's lane that builds it and the statements that derive it for everybody, in order
     * ({@code {into}} the table written), each reading only the log and the tables before it in its lane.
     */
    record Derivation(String table, Lane lane, List<String> statements) {
    }

    /**
     * The rebuild's lanes: the clients' teams first and alone (every other table reads them), then the two other
     * lanes at once, each its tables in order.
     */
    enum Lane {
        FIRST, CLIENTS, FOLLOW_UPS
    }

    /** The derived tables in the order they are derived (each after the ones it reads), for the rebuild. */
    static final List<Derivation> DERIVATIONS = List.of(
            new Derivation("stat_client", Lane.FIRST, List.of(CLIENT_TEAM.formatted(""))),
            new Derivation("stat_visit", Lane.CLIENTS, List.of(VISITS.formatted(""))),
            new Derivation("stat_path", Lane.CLIENTS, List.of(PATHS.formatted(""))),
            new Derivation("stat_case", Lane.CLIENTS, List.of(CASES.formatted(""), EARLIER_CASES.formatted(""))),
            new Derivation("stat_evaluation_day", Lane.CLIENTS, List.of(EVALUATION_DAYS.formatted("", ""))),
            new Derivation("stat_request", Lane.CLIENTS, List.of(REQUESTS.formatted(""))),
            // the follow-ups, their answers and the PROM pairs, which read the answers (the two slowest)
            new Derivation("stat_followup", Lane.FOLLOW_UPS, List.of(FOLLOWUPS.formatted(""))),
            new Derivation("stat_answer", Lane.FOLLOW_UPS, List.of(FOLLOWUP_ANSWERS.formatted(""))),
            new Derivation("stat_prom", Lane.FOLLOW_UPS, List.of(PROMS.formatted("", ""))),
            new Derivation("stat_prom_day", Lane.FOLLOW_UPS, List.of(PROM_DAYS.formatted("", ""))));

    static @Nullable LocalDateTime utc(@Nullable Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
