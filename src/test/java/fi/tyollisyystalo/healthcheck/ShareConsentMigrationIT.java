package fi.tyollisyystalo.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.ScratchDatabase;

/**
 * V009 on the real MariaDB, in a scratch database of its own (migrated to V006, the health check tables, then on): a person-wide share consent from before
 * becomes one consent per submitted result it covered, with the same times; a result submitted after
 * the consent was revoked, and a draft, are not covered.
 */
@IntegrationTest
class ShareConsentMigrationIT {

    private static final String SCRATCH = "hc_consent_migration";

    @Autowired DataSource dataSource;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password:}") String password;

    @Test
    void a_person_wide_consent_becomes_one_consent_per_result_it_covered() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(dataSource, user, password, SCRATCH)) {
            db.migrateTo("6");
            JdbcTemplate jdbc = db.jdbc();
            jdbc.update("insert into person (id, hetu_encrypted, hetu_hash, given_name, family_name, birth_date,"
                    + " created_at, last_login_at) values (1, x'00', x'01', 'A', 'B', '1980-01-01', now(), now()),"
                    + " (2, x'00', x'02', 'C', 'D', '1980-01-01', now(), now())");
            String check = "insert into health_check (id, person_id, questionnaire_id, questionnaire_version, status,"
                    + " started_at, updated_at, submitted_at) values (?, ?, 'health-check', 1, ?, ?, ?, ?)";
            jdbc.update(check, 10, 1, "SUBMITTED", "2026-01-01", "2026-01-01", "2026-01-01");
            jdbc.update(check, 11, 1, "SUBMITTED", "2026-03-01", "2026-03-01", "2026-03-01");
            jdbc.update(check, 12, 1, "DRAFT", "2026-04-01", "2026-04-01", null);
            jdbc.update(check, 20, 2, "SUBMITTED", "2026-01-01", "2026-01-01", "2026-01-01");
            jdbc.update(check, 21, 2, "SUBMITTED", "2026-06-01", "2026-06-01", "2026-06-01");
            String consent = "insert into health_check_share_consent (person_id, consent_version, given_at, revoked_at)"
                    + " values (?, '2026-11-1', ?, ?)";
            jdbc.update(consent, 1, "2026-02-01 10:00:00", null);
            jdbc.update(consent, 2, "2026-02-01 10:00:00", "2026-05-01 12:00:00");

            db.migrateTo("9");

            List<Map<String, Object>> rows = jdbc.queryForList("select person_id, health_check_id, consent_version,"
                    + " cast(given_at as char) given, cast(revoked_at as char) revoked"
                    + " from health_check_share_consent order by person_id, health_check_id");
            assertThat(rows).extracting(r -> r.get("person_id") + ":" + r.get("health_check_id") + ":"
                    + r.get("consent_version") + ":" + r.get("given") + ":" + r.get("revoked"))
                    .containsExactly(
                            "1:10:2026-11-1:2026-02-01 10:00:00.000000:null",
                            "1:11:2026-11-1:2026-02-01 10:00:00.000000:null",
                            "2:20:2026-11-1:2026-02-01 10:00:00.000000:2026-05-01 12:00:00.000000");
        }
    }
}
