package fi.tyollisyystalo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.ScratchDatabase;

/**
 * V033 on the real MariaDB, in a scratch database holding facts derived before it: the answers and PROM pairs get
 * the Helsinki day of their answer from the log, the day totals are built from the cases and pairs there (a month
 * end clamps; an evaluation due after its case closed counts nowhere), and the codes become ASCII.
 */
@IntegrationTest
class DayTotalsMigrationIT {

    private static final String SCRATCH = "day_totals_migration";

    @Autowired DataSource dataSource;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password:}") String password;

    @Test
    void the_day_totals_are_built_from_the_facts_derived_before_and_the_answers_get_their_helsinki_day()
            throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(dataSource, user, password, SCRATCH)) {
            db.migrateTo("32");
            JdbcTemplate jdbc = db.jdbc();
            String kase = "INSERT INTO stat_case (case_id, client_key, team_code, age_band, age, sex, opened_at,"
                    + " opened_on, closed_at, closed_on, m1_done, m3_done, outcome, unemployment, network_mask)"
                    + " VALUES (?, UNHEX(?), ?, '35_44', 40, 'FEMALE', ?, ?, ?, ?, ?, ?, NULL, 'OVER_3_YEARS', 0)";
            // opened on 31 January: the first evaluation is due on 28 February (done that day), the second on
            // 30 April (done on 2 May: late), the others not yet done
            jdbc.update(kase, 1, "0A", "T1", "2027-01-31 08:00:00", "2027-01-31", null, null, "2027-02-28",
                    "2027-05-02");
            // no team; closed on 1 March: the first evaluation, due on 10 February, was missed, the later ones
            // fell after the closing
            jdbc.update(kase, 2, "0B", null, "2027-01-10 08:00:00", "2027-01-10", "2027-03-01 08:00:00",
                    "2027-03-01", null, null);

            String event = "INSERT INTO stat_event (dedupe_hash, kind, subject_id, step, code, client_key,"
                    + " occurred_at, on_day, wave, reference_id) VALUES (UNHEX(SHA1(?)), 'ANSWER', ?, ?, ?, UNHEX('0A'),"
                    + " ?, ?, ?, 1)";
            String answer = "INSERT INTO stat_answer (followup_id, question, client_key, team_code, wave,"
                    + " reference_id, answer, answered_at) VALUES (?, ?, UNHEX('0A'), 'T1', ?, 1, ?, ?)";
            // the start answered on 15 January, the follow-up at 22.30 UTC on 31 July: 1 August in Helsinki
            jdbc.update(event, "s", 100, "was", "3", "2027-01-15 10:00:00", "2027-01-15", "PROM_START");
            jdbc.update(answer, 100, "was", "PROM_START", "3", "2027-01-15 10:00:00");
            for (String[] q : new String[][] {{"was", "7"}, {"employment", "EMPLOYED_OPEN"}}) {
                jdbc.update(event, "f" + q[0], 200, q[0], q[1], "2027-07-31 22:30:00", "2027-08-01", "PROM_FOLLOW_UP");
                jdbc.update(answer, 200, q[0], "PROM_FOLLOW_UP", q[1], "2027-07-31 22:30:00");
            }
            String pair = "INSERT INTO stat_prom (case_id, question, client_key, team_code, start_answer,"
                    + " follow_answer, follow_at) VALUES (1, ?, UNHEX('0A'), 'T1', ?, ?, '2027-07-31 22:30:00')";
            jdbc.update(pair, "was", "3", "7");
            jdbc.update(pair, "employment", "UNEMPLOYED", "EMPLOYED_OPEN");

            db.migrateTo("33");

            assertThat(jdbc.queryForList("SELECT CONCAT_WS('|', followup_id, question, answered_on) FROM stat_answer"
                    + " ORDER BY followup_id, question", String.class)).containsExactly("100|was|2027-01-15",
                            "200|employment|2027-08-01", "200|was|2027-08-01");
            assertThat(jdbc.queryForList("SELECT CONCAT_WS('|', question, follow_on) FROM stat_prom ORDER BY question",
                    String.class)).containsExactly("employment|2027-08-01", "was|2027-08-01");
            assertThat(jdbc.queryForList("SELECT CONCAT_WS('|', due_on, team_code, months, ontime, late, pending)"
                    + " FROM stat_evaluation_day WHERE ontime <> 0 OR late <> 0 OR pending <> 0 ORDER BY due_on",
                    String.class)).containsExactly("2027-02-10||1|0|0|1", "2027-02-28|T1|1|1|0|0",
                            "2027-04-30|T1|3|0|1|0", "2027-07-31|T1|6|0|0|1", "2027-10-31|T1|9|0|0|1",
                            "2028-01-31|T1|12|0|0|1");
            // the employment situation is a code, not a score: no total
            assertThat(jdbc.queryForList("SELECT CONCAT_WS('|', follow_on, team_code, question, pairs, start_sum,"
                    + " follow_sum) FROM stat_prom_day", String.class)).containsExactly("2027-08-01|T1|was|1|3|7");
            List<String> codes = jdbc.queryForList("SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ',"
                    + " CHARACTER_SET_NAME, ' ', COLLATION_NAME) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?"
                    + " AND TABLE_NAME IN ('stat_case', 'stat_visit') AND COLUMN_NAME IN ('age_band', 'way', 'team_code')"
                    + " ORDER BY 1", String.class, SCRATCH);
            assertThat(codes).containsExactly("stat_case.age_band ascii ascii_bin",
                    "stat_case.team_code utf8mb4 utf8mb4_unicode_ci", "stat_visit.team_code utf8mb4 utf8mb4_unicode_ci",
                    "stat_visit.way ascii ascii_bin");
        }
    }
}
