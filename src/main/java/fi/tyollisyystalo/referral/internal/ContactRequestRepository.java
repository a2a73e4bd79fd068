package fi.tyollisyystalo.referral.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import fi.tyollisyystalo.referral.ContactStatus;

public interface ContactRequestRepository extends JpaRepository<ContactRequestEntity, Long> {

    Optional<ContactRequestEntity> findByHealthCheckId(long healthCheckId);

    List<ContactRequestEntity> findByStatusOrderByDueAtAscIdAsc(ContactStatus status, Pageable page);

    List<ContactRequestEntity> findByPersonIdOrderByReceivedAtDescIdDesc(long personId);
}
