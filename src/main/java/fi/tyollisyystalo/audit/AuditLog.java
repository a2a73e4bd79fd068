package fi.tyollisyystalo.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.SignedIn;
import fi.tyollisyystalo.base.security.AdminOnly;
import fi.tyollisyystalo.audit.internal.AuditStore;

/**
 * The access log of client data (Act 703/2023): append-only, written in the same transaction as the
 * processing it records, so that data is never shown or changed without a trace.
 */
@Service
public class AuditLog {

    private final AuditStore store;

    AuditLog(AuditStore store) {
        this.store = store;
    }

    /** Records one processing of client data. Callers are the features' services, after their own checks. */
    @Transactional
    @SignedIn
    public void record(AuditEntry entry) {
        store.append(entry);
    }

    /** The administrator's search by person, staff member and period, newest first. */
    @Transactional(readOnly = true)
    @AdminOnly
    public Page<AuditRecord> search(AuditQuery query, Pageable pageable) {
        return store.search(query, pageable);
    }

    /**
     * What staff have done with this resident's data, newest first: the resident's "who has seen my
     * data". Only the resident themself may ask.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('RESIDENT') and principal instanceof T(fi.tyollisyystalo.base.security.PersonPrincipal)"
            + " and principal.personId() == #personId")
    public Page<AuditRecord> staffAccessesTo(long personId, Pageable pageable) {
        return store.staffAccessesTo(personId, pageable);
    }
}
