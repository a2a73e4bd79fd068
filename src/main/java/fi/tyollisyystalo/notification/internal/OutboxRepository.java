package fi.tyollisyystalo.notification.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxNotice, Long> {

    List<OutboxNotice> findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(OutboxStatus status, Instant now,
            Pageable page);
}
