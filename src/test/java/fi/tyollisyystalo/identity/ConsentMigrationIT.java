package fi.tyollisyystalo.identity;

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
 * V015 on the real MariaDB, in a scratch database: every share consent of the health check and every
 * notification consent on a person becomes one consent record, with the same person, subject, text
 * version and times; the old table and columns are gone.
 */
@IntegrationTest
class ConsentMigrationIT {

    private static final String SCRATCH = "consent_migration";

    @Autowired DataSource dataSource;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password:}") String password;

    @Test
    void every_consent_moves_to_the_one_consent_table_with_the_same_rows_and_times() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(dataSource, user, password, SCRATCH)) {
            db.migrateTo("13");
            JdbcTemplate jdbc = db.jdbc();
            jdbc.update("insert into person (id, hetu_encrypted, hetu_hash, given_name, family_name, birth_date,"
                    + " created_at, last_login_at, notification_consent_at, notification_consent_version) values"
                    + " (1, x'00', x'01', 'A', 'B', '1980-01-01', now(), now(), '2026-03-04 05:06:07.123456', '2026-11-1'),"
                    + " (2, x'00', x'02', 'C', 'D', '1980-01-01', now(), now(), null, null),"
                    + " (3, x'00', x'03', 'E', 'F', '1980-01-01', now(), now(), '2026-05-06 07:08:09', null)");
            String check = "insert into health_check (id, person_id, questionnaire_id, questionnaire_version, status,"
                    + " started_at, updated_at, submitted_at) values (?, ?, 'health-check', 1, 'SUBMITTED', ?, ?, ?)";
            jdbc.update(check, 10, 1, "2026-01-01", "2026-01-01", "2026-01-01");
            jdbc.update(check, 20, 2, "2026-01-01", "2026-01-01", "2026-01-01");
            String share = "insert into health_check_share_consent (person_id, health_check_id, consent_version,"
                    + " given_at, revoked_at) values (?, ?, ?, ?, ?)";
            jdbc.update(share, 1, 10, "2026-12-1", "2026-02-01 10:00:00.654321", null);
            jdbc.update(share, 2, 20, "2026-11-1", "2026-02-01 10:00:00", "2026-05-01 12:00:00.5");
            jdbc.update(share, 2, null, "2026-11-1", "2026-01-15 09:00:00", null);

            List<String> before = new java.util.ArrayList<>(jdbc.queryForList("select concat_ws('|', person_id,"
                    + " 'HEALTH_CHECK_SHARE', coalesce(health_check_id, '-'), consent_version, 'TEAM',"
                    + " cast(given_at as char), coalesce(cast(revoked_at as char), '-')) from health_check_share_consent",
                    String.class));
            before.addAll(jdbc.queryForList("select concat_ws('|', id, 'NOTIFICATIONS', '-',"
                    + " coalesce(notification_consent_version, 'unknown'), 'ORGANISATION',"
                    + " cast(notification_consent_at as char), '-') from person where notification_consent_at is not null",
                    String.class));
            assertThat(before).hasSize(5);

            db.migrateTo("15");

            List<String> after = jdbc.queryForList("select concat_ws('|', person_id, kind, coalesce(subject_id, '-'),"
                    + " text_version, scope, cast(given_at as char), coalesce(cast(withdrawn_at as char), '-'))"
                    + " from consent", String.class);
            assertThat(after).containsExactlyInAnyOrderElementsOf(before);
            assertThat(after).contains("1|NOTIFICATIONS|-|2026-11-1|ORGANISATION|2026-03-04 05:06:07.123456|-",
                    "2|HEALTH_CHECK_SHARE|20|2026-11-1|TEAM|2026-02-01 10:00:00.000000|2026-05-01 12:00:00.500000");
            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ?"
                    + " and table_name = 'health_check_share_consent'", Integer.class, SCRATCH)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ?"
                    + " and table_name = 'person' and column_name like 'notification_consent%'", Integer.class,
                    SCRATCH)).isZero();
        }
    }
}
