package fi.tyollisyystalo.statistics.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.time.HelsinkiTime;

/**
 * The facts' tables. {@code stat_event} is only appended to; the derived tables (a client's team, each contact
 * request's path, each case) are computed from it by the same statements for one client when their event comes
 * and for everybody at a rebuild, so the two can never disagree.
 */
@Component
public class FactStore {

    private static final String ANSWERS = "'PHONE_CONTACT','REPLIED','ASKED_MORE','REDIRECTED','ACCEPTED'";

    private static final String CLIENT_TEAM = "INSERT IGNORE INTO stat_client (client_key, team_code)"
            + " SELECT v.client_key, v.team_code FROM stat_event v WHERE v.kind = 'VISIT' AND v.step = 'BOOKED'"
            + " AND v.team_code IS NOT NULL AND v.client_key IS NOT NULL %s ORDER BY v.occurred_at, v.id";

    private static final String VISITS = "REPLACE INTO stat_visit (appointment_id, client_key, team_code, staff_role,"
            + " way, done_at) SELECT v.subject_id, v.client_key, v.team_code, v.staff_role, v.way, MIN(v.occurred_at)"
            + " FROM stat_event v WHERE v.kind = 'VISIT' AND v.step = 'DONE' AND v.client_key IS NOT NULL"
            + " AND v.staff_role IS NOT NULL AND v.way IS NOT NULL %s"
            + " GROUP BY v.subject_id, v.client_key, v.team_code, v.staff_role, v.way";

    private static final String PATHS = "REPLACE INTO stat_path (request_id, client_key, source, age_band, sex,"
            + " contact_at, first_answer_at, accepted_at, first_meeting_at, plan_at)"
            + " SELECT s.subject_id, s.client_key, s.code, s.age_band, s.sex, s.occurred_at,"
            + " (SELECT MIN(a.occurred_at) FROM stat_event a WHERE a.kind = 'CONTACT' AND a.subject_id = s.subject_id"
            + "  AND a.step IN (" + ANSWERS + ")),"
            + " (SELECT MIN(a.occurred_at) FROM stat_event a WHERE a.kind = 'CONTACT' AND a.subject_id = s.subject_id"
            + "  AND a.step = 'ACCEPTED'),"
            + " (SELECT MIN(v.starts_at) FROM stat_event v WHERE v.client_key = s.client_key AND v.kind = 'VISIT'"
            + "  AND v.step = 'DONE' AND v.starts_at >= s.occurred_at),"
            + " (SELECT MIN(c.occurred_at) FROM stat_event c WHERE c.client_key = s.client_key AND c.kind = 'CASE'"
            + "  AND c.step = 'PLAN_AGREED' AND c.occurred_at >= s.occurred_at)"
            + " FROM stat_event s WHERE s.kind = 'CONTACT' AND s.step = 'SENT' AND s.client_key IS NOT NULL %s";

    private static final String CATEGORIES = String.join(", ",
            Figures.NETWORK.stream().map(c -> "'" + c + "'").toList());

    /** A network event's category as its bit in {@code stat_case.network_mask} (an unknown code as none). */
    private static final String NETWORK_BIT = "IF(FIELD(n.code, " + CATEGORIES + ") > 0, 1 << (FIELD(n.code, "
            + CATEGORIES + ") - 1), 0)";

    private static final String CASES = "REPLACE INTO stat_case (case_id, client_key, age_band, sex, opened_at,"
            + " opened_on, closed_at, closed_on, m1_done, m3_done, m6_done, m9_done, m12_done, outcome, network_mask)"
            + " SELECT o.subject_id, o.client_key, o.age_band, o.sex, o.occurred_at, o.on_day,"
            + " (SELECT MAX(c.occurred_at) FROM stat_event c WHERE c.kind = 'CASE' AND c.subject_id = o.subject_id"
            + "  AND c.step = 'CLOSED'),"
            + " (SELECT MAX(c.on_day) FROM stat_event c WHERE c.kind = 'CASE' AND c.subject_id = o.subject_id"
            + "  AND c.step = 'CLOSED'),"
            + evaluationDone("M1") + evaluationDone("M3") + evaluationDone("M6") + evaluationDone("M9")
            + evaluationDone("M12")
            + " (SELECT c.code FROM stat_event c WHERE c.kind = 'CASE' AND c.subject_id = o.subject_id"
            + "  AND c.step = 'OUTCOME' ORDER BY c.occurred_at DESC, c.id DESC LIMIT 1),"
            + " (SELECT COALESCE(BIT_OR(" + NETWORK_BIT + "), 0) FROM stat_event n WHERE n.kind = 'CASE'"
            + "  AND n.subject_id = o.subject_id AND n.step = 'NETWORK_ADDED')"
            + " FROM stat_event o WHERE o.kind = 'CASE' AND o.step = 'OPENED' AND o.client_key IS NOT NULL %s";

    private final JdbcTemplate jdbc;

    private static String evaluationDone(String kind) {
        return " (SELECT MIN(c.on_day) FROM stat_event c WHERE c.kind = 'CASE' AND c.subject_id = o.subject_id"
                + "  AND c.step = 'EVALUATION_DONE' AND c.code = '" + kind + "'),";
    }

    FactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the fact unless the same event was recorded already; true when it was new. */
    public boolean append(Fact f) {
        return jdbc.update("INSERT IGNORE INTO stat_event (dedupe_hash, kind, subject_id, step, code, staff_role, way,"
                + " by_staff, team_code, client_key, age_band, sex, starts_at, occurred_at, on_day)"
                + " VALUES (UNHEX(SHA1(?)), ?, ?, ?, ?, ?, ?, ?, ?, UNHEX(?), ?, ?, ?, ?, ?)", f.dedupeKey(), f.kind(),
                f.subjectId(), f.step(), f.code(), f.staffRole(), f.way(), f.byStaff(), f.teamCode(), f.clientKey(),
                f.ageBand(), f.sex(), utc(f.startsAt()), utc(f.at()), HelsinkiTime.at(f.at()).toLocalDate()) > 0;
    }

    /** Derives the client's team, visits, contact paths and cases again from their facts (the key in hex). */
    public void derive(String clientKey) {
        jdbc.update(CLIENT_TEAM.formatted("AND v.client_key = UNHEX(?)"), clientKey);
        jdbc.update(VISITS.formatted("AND v.client_key = UNHEX(?)"), clientKey);
        jdbc.update(PATHS.formatted("AND s.client_key = UNHEX(?)"), clientKey);
        jdbc.update(CASES.formatted("AND o.client_key = UNHEX(?)"), clientKey);
    }

    /** Derives every client's facts again from the log: the rebuild. Returns the number of events read from. */
    public long rebuild() {
        jdbc.update("DELETE FROM stat_client");
        jdbc.update("DELETE FROM stat_visit");
        jdbc.update("DELETE FROM stat_path");
        jdbc.update("DELETE FROM stat_case");
        jdbc.update(CLIENT_TEAM.formatted(""));
        jdbc.update(VISITS.formatted(""));
        jdbc.update(PATHS.formatted(""));
        jdbc.update(CASES.formatted(""));
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM stat_event", Long.class);
        return n == null ? 0 : n;
    }

    static @Nullable LocalDateTime utc(@Nullable Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
