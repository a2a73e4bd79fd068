package fi.tyollisyystalo.audit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import jakarta.persistence.criteria.Predicate;

import fi.tyollisyystalo.audit.Actor;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditQuery;
import fi.tyollisyystalo.audit.AuditRecord;
import fi.tyollisyystalo.base.web.RequestIdFilter;

/** Writes and reads audit rows; the public face is {@link fi.tyollisyystalo.audit.AuditLog}. */
@Component
public class AuditStore {

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditStore(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void append(AuditEntry e) {
        Actor a = e.actor();
        Actor clean = new Actor(a.type(), safe(a.id(), 200), safe(a.name(), 200), safe(a.role(), 40));
        repository.save(new AuditEvent(clock.instant(), clean, e.subjectPersonId(), safe(e.objectType(), 60),
                e.objectId() == null ? null : safe(e.objectId(), 100), e.action(), e.purpose().name(),
                safe(RequestIdFilter.current(), 40)));
    }

    public Page<AuditRecord> search(AuditQuery q, Pageable pageable) {
        Specification<AuditEvent> spec = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (q.subjectPersonId() != null) {
                p.add(cb.equal(root.get("subjectPersonId"), q.subjectPersonId()));
            }
            if (q.actorText() != null && !q.actorText().isBlank()) {
                String like = "%" + q.actorText().trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("actorName")), like), cb.like(cb.lower(root.get("actorId")), like)));
            }
            if (q.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), q.from()));
            }
            if (q.to() != null) {
                p.add(cb.lessThan(root.get("occurredAt"), q.to()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        return repository.findAll(spec, newestFirst(pageable)).map(AuditStore::toRecord);
    }

    public Page<AuditRecord> staffAccessesTo(long personId, Pageable pageable) {
        return repository.findBySubjectPersonIdAndActorTypeOrderByOccurredAtDesc(personId, Actor.Type.STAFF, pageable)
                .map(AuditStore::toRecord);
    }

    private static Pageable newestFirst(Pageable p) {
        return PageRequest.of(p.getPageNumber(), p.getPageSize(), Sort.by(Sort.Order.desc("occurredAt"),
                Sort.Order.desc("id")));
    }

    private static AuditRecord toRecord(AuditEvent e) {
        return new AuditRecord(e.id() == null ? 0 : e.id(), e.occurredAt(), e.actor(), e.subjectPersonId(),
                e.objectType(), e.objectId(), e.action(), e.purpose(), e.requestId());
    }

    /**
     * Log-injection safe: control characters (CR, LF, tabs, escapes) become spaces, so a stored value
     * can never fake another line in an export or a log; and it fits its column.
     */
    static String safe(@Nullable String value, int max) {
        if (value == null) {
            return "";
        }
        String cleaned = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").strip();
        return cleaned.length() <= max ? cleaned : cleaned.substring(0, max);
    }
}
