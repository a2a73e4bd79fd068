package fi.tyollisyystalo.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.servicemap.SearchIndexAdministration;
import fi.tyollisyystalo.servicemap.ServiceHit;
import fi.tyollisyystalo.servicemap.ServiceQuery;

/**
 * The repairs of the search index on the default Lucene backend. A change that bypassed the index (a row
 * written straight into the database, as when the engine was down and the pending work was lost) is
 * found by the start-up comparison; pending work is written by the retry; the administrators' rebuild is
 * audited and only theirs. The outage itself on a real search engine: {@code SearchOutageOpenSearchIT}
 * and {@code ElasticsearchBackendIT}.
 */
@IntegrationTest
class SearchIndexRepairIT {

    @Autowired org.springframework.context.ApplicationContext applicationContext;

    /** Vaadin may have replaced the global security context strategy in this JVM: use the application's. */
    @org.junit.jupiter.api.BeforeEach
    void sameSecurityContextAsTheApplication() {
        TestLogins.useStrategyOf(applicationContext);
    }

    @Autowired SearchIndexInitializer initializer;
    @Autowired PendingIndexWork pending;
    @Autowired SearchIndexAdministration admin;
    @Autowired ServiceIndex index;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    @Test
    void the_start_up_check_finds_and_rewrites_a_document_that_disagrees_with_the_database() throws Exception {
        long id = publishedWithName();
        assertThat(initializer.disagreeing()).doesNotContain(id);
        String name = name(id);
        assertThat(found(name)).contains(id);

        // unpublished behind the index's back: the index still says published
        jdbc.update("UPDATE service SET status = 'DRAFT', updated_at = ? WHERE id = ?", Timestamp.from(Instant.now()), id);
        assertThat(found(name)).contains(id);
        assertThat(initializer.disagreeing()).contains(id);

        initializer.run(null);

        assertThat(found(name)).doesNotContain(id);
        assertThat(initializer.disagreeing()).doesNotContain(id);
        jdbc.update("UPDATE service SET status = 'PUBLISHED' WHERE id = ?", id);
        pending.reindex(List.of(id));
        assertThat(found(name)).contains(id);
    }

    @Test
    void pending_work_is_written_by_the_retry_and_then_leaves_the_table() {
        long id = publishedWithName();
        String name = name(id);
        jdbc.update("UPDATE service SET status = 'DRAFT' WHERE id = ?", id);
        jdbc.update("INSERT INTO search_index_pending (service_id, recorded_at, attempts, last_error) VALUES (?, ?, 0, ?)",
                id, Timestamp.from(Instant.now().minusSeconds(5)), "Connection refused");
        assertThat(found(name)).contains(id);

        assertThat(pending.retry()).isTrue();

        assertThat(found(name)).doesNotContain(id);
        assertThat(pending.count()).isZero();
        jdbc.update("UPDATE service SET status = 'PUBLISHED' WHERE id = ?", id);
        pending.reindex(List.of(id));
    }

    @Test
    void only_an_administrator_sees_and_rebuilds_the_index_and_the_rebuild_is_audited() throws Exception {
        TestLogins.staff("editor-1", "Olli Editori", "SERVICE_EDITOR");
        assertThatThrownBy(() -> admin.status()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.rebuild()).isInstanceOf(AccessDeniedException.class);

        TestLogins.staff("admin-1", "Aino Ylläpitäjä", "ADMIN");
        SearchIndexAdministration.Status before = admin.status();
        assertThat(before.up()).isTrue();
        assertThat(before.backend()).startsWith("lucene");
        assertThat(before.documents()).isGreaterThanOrEqualTo(150);
        int audited = audits();

        admin.rebuild();

        assertThat(audits()).isEqualTo(audited + 1);
        assertThat(admin.status().documents()).isEqualTo(before.documents());
    }

    private int audits() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE object_type = ? AND purpose = ? "
                + "AND actor_id = 'admin-1' AND action = 'UPDATE'", Integer.class,
                SearchIndexAdministration.AUDIT_OBJECT, Purpose.SEARCH_INDEX_REBUILD.name());
        return n == null ? 0 : n;
    }

    /** A published demo service whose Finnish name finds it. */
    private long publishedWithName() {
        return jdbc.queryForObject("SELECT MAX(id) FROM service WHERE status = 'PUBLISHED'", Long.class);
    }

    private String name(long id) {
        return jdbc.queryForObject("SELECT name_fi FROM service WHERE id = ?", String.class, id);
    }

    private List<Long> found(String text) {
        return index.search(ServiceQuery.ALL.withText(text), Languages.FINNISH, 0, 100).hits().stream()
                .map(ServiceHit::id).toList();
    }
}
