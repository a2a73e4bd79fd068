package fi.tyollisyystalo.servicemap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import fi.tyollisyystalo.base.security.AdminOnly;
import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.servicemap.internal.PendingIndexWork;

/**
 * The administrators' view of the service map's search index: which backend, whether it answers, how many
 * services wait for their document; and the action that writes the whole index again from the database.
 * Only ADMIN; the rebuild is in the audit log.
 */
@Service
@AdminOnly
public class SearchIndexAdministration {

    /** Audit object type of a rebuild. */
    public static final String AUDIT_OBJECT = "SEARCH_INDEX";

    public record Status(boolean up, String backend, long documents, long pending) {
    }

    private final HealthIndicator searchEngine;
    private final PendingIndexWork pending;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    SearchIndexAdministration(@Qualifier("searchEngine") HealthIndicator searchEngine, PendingIndexWork pending,
            AuditLog auditLog, CurrentUser currentUser) {
        this.searchEngine = searchEngine;
        this.pending = pending;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    public Status status() {
        Health health = searchEngine.health();
        var d = health.getDetails();
        return new Status(org.springframework.boot.health.contributor.Status.UP.equals(health.getStatus()),
                String.valueOf(d.getOrDefault("backend", "")), number(d.get("documents")), number(d.get("pending")));
    }

    /** Writes every service's document again (blocks until done); throws when the search engine fails. */
    public void rebuild() throws InterruptedException {
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(AuditAction.UPDATE, AUDIT_OBJECT, null)
                .because(Purpose.SEARCH_INDEX_REBUILD));
        pending.rebuildAll();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
