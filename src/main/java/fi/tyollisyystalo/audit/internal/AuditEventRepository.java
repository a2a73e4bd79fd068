package fi.tyollisyystalo.audit.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import fi.tyollisyystalo.audit.Actor;

/** Append and read only: the repository offers no update or delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    AuditEvent save(AuditEvent event);

    Page<AuditEvent> findBySubjectPersonIdAndActorTypeOrderByOccurredAtDesc(Long personId, Actor.Type actorType,
            Pageable pageable);
}
