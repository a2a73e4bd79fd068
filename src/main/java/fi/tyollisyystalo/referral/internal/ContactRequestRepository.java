package fi.tyollisyystalo.referral.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fi.tyollisyystalo.referral.ContactSource;
import fi.tyollisyystalo.referral.ContactStatus;

public interface ContactRequestRepository extends JpaRepository<ContactRequestEntity, Long> {

    Optional<ContactRequestEntity> findByHealthCheckId(long healthCheckId);

    /**
     * The request as last committed (a locking read): after losing a race, the transaction's own snapshot
     * would still show the request as it was before the winner's change.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_READ)
    @Query("select r from ContactRequestEntity r where r.id = :id")
    Optional<ContactRequestEntity> findCommitted(@Param("id") long id);

    List<ContactRequestEntity> findByPersonIdOrderByReceivedAtDescIdDesc(long personId);

    /** Each person's newest contact request time: {personId, receivedAt}, one query for a list. */
    @Query("select r.personId, max(r.receivedAt) from ContactRequestEntity r where r.personId in :personIds"
            + " group by r.personId")
    List<Object[]> latestContactOf(@Param("personIds") Collection<Long> personIds);

    /**
     * The worklist: the team's turn first (earliest due first, so the overdue lead), then the rest; the order is
     * the indexed {@code worklist_rank} the database computes from the status (V019).
     */
    @Query("""
            select r from ContactRequestEntity r
            where r.status in :statuses
              and (:dueBefore is null or r.dueAt < :dueBefore)
              and (:assignee is null or r.assigneeSubject = :assignee)
              and (:source is null or r.source = :source)
            order by r.worklistRank, r.dueAt, r.id""")
    List<ContactRequestEntity> worklist(@Param("statuses") Collection<ContactStatus> statuses,
            @Param("dueBefore") @Nullable Instant dueBefore,
            @Param("assignee") @Nullable String assignee, @Param("source") @Nullable ContactSource source,
            Pageable page);

    @Query("""
            select count(r) from ContactRequestEntity r
            where r.status in :statuses
              and (:dueBefore is null or r.dueAt < :dueBefore)
              and (:assignee is null or r.assigneeSubject = :assignee)
              and (:source is null or r.source = :source)""")
    long countWorklist(@Param("statuses") Collection<ContactStatus> statuses,
            @Param("dueBefore") @Nullable Instant dueBefore, @Param("assignee") @Nullable String assignee,
            @Param("source") @Nullable ContactSource source);

    /** Takes a request nobody has taken; 0 when someone was quicker. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ContactRequestEntity r set r.assigneeSubject = :subject, r.assigneeName = :name,
              r.updatedAt = :at, r.version = r.version + 1
            where r.id = :id and r.assigneeSubject is null""")
    int takeIfFree(@Param("id") long id, @Param("subject") String subject, @Param("name") String name,
            @Param("at") Instant at);

    /** Gives a request to someone, only if nobody changed it since {@code version} was read; 0 otherwise. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ContactRequestEntity r set r.assigneeSubject = :subject, r.assigneeName = :name,
              r.updatedAt = :at, r.version = r.version + 1
            where r.id = :id and r.version = :version""")
    int assignIfUnchanged(@Param("id") long id, @Param("version") long version, @Param("subject") String subject,
            @Param("name") String name, @Param("at") Instant at);
}
