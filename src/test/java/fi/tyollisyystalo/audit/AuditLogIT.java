package fi.tyollisyystalo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.identity.internal.TestLogins;

/** The access log on a real MariaDB: append-only, injection-safe, searchable and paged. */
@IntegrationTest
class AuditLogIT {

    @Autowired AuditLog auditLog;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    @Test
    void records_cannot_be_changed_or_deleted_even_with_sql() {
        TestLogins.staff("admin-x", "Pekka Pääkäyttäjä", "ADMIN");
        auditLog.record(AuditEntry.by(new Actor(Actor.Type.STAFF, "admin-x", "Pekka", "ADMIN"))
                .reads("PERSON_PROFILE", 999_001L).of(999_001L).because(Purpose.CONTACT));
        assertThatThrownBy(() -> jdbc.update("update audit_event set purpose = 'x' where subject_person_id = 999001"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where subject_person_id = 999001"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void control_characters_cannot_forge_extra_lines() {
        TestLogins.staff("admin-y", "Admin", "ADMIN");
        auditLog.record(AuditEntry.by(new Actor(Actor.Type.STAFF, "evil\nadmin", "Eve\r\nINFO fake line", "ADMIN"))
                .did(AuditAction.READ, "PERSON_PROFILE\n2026 forged", null).of(999_002L).because(Purpose.CONTACT));
        var rec = auditLog.search(new AuditQuery(999_002L, null, null, null), PageRequest.of(0, 5)).getContent()
                .getFirst();
        assertThat(rec.actor().name()).doesNotContain("\n").doesNotContain("\r").isEqualTo("Eve  INFO fake line");
        assertThat(rec.actor().id()).isEqualTo("evil admin");
        assertThat(rec.objectType()).doesNotContain("\n");
        assertThat(rec.purpose()).isEqualTo("CONTACT");
        assertThat(rec.requestId()).isNotBlank();
    }

    @Test
    void search_by_person_staff_member_and_period_pages_newest_first() {
        TestLogins.staff("admin-z", "Admin", "ADMIN");
        for (int i = 0; i < 25; i++) {
            auditLog.record(AuditEntry.by(new Actor(Actor.Type.STAFF, "nurse-" + (i % 2), "Hoitaja " + (i % 2),
                    "NURSE")).reads("PERSON_PROFILE", 999_003L).of(999_003L).because(Purpose.APPOINTMENT));
        }
        var page0 = auditLog.search(new AuditQuery(999_003L, null, null, null), PageRequest.of(0, 10));
        assertThat(page0.getContent()).hasSize(10);
        assertThat(page0.getContent().get(0).occurredAt()).isAfterOrEqualTo(page0.getContent().get(9).occurredAt());
        var page2 = auditLog.search(new AuditQuery(999_003L, null, null, null), PageRequest.of(2, 10));
        assertThat(page2.getContent()).hasSize(5);
        assertThat(auditLog.search(new AuditQuery(999_003L, "hoitaja 1", null, null), PageRequest.of(0, 50))
                .getContent()).hasSize(12).allMatch(r -> r.actor().id().equals("nurse-1"));
        assertThat(auditLog.search(new AuditQuery(999_003L, null, Instant.now().plusSeconds(3600), null),
                PageRequest.of(0, 50)).getContent()).isEmpty();
    }

    @Test
    void only_an_administrator_may_search() {
        TestLogins.staff("coord-1", "Kaisa", "COORDINATOR");
        assertThatThrownBy(() -> auditLog.search(new AuditQuery(null, null, null, null), PageRequest.of(0, 5)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
