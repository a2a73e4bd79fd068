package fi.tyollisyystalo.healthcheck.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import fi.tyollisyystalo.healthcheck.HealthCheckStatus;

interface HealthCheckRepository extends JpaRepository<HealthCheckEntity, Long> {

    Optional<HealthCheckEntity> findFirstByPersonIdAndStatusOrderByUpdatedAtDesc(long personId,
            HealthCheckStatus status);

    List<HealthCheckEntity> findByPersonIdAndStatusOrderBySubmittedAtDesc(long personId, HealthCheckStatus status);

    @Query("select h from HealthCheckEntity h where h.status = fi.tyollisyystalo.healthcheck.HealthCheckStatus.SUBMITTED"
            + " and h.personId in :personIds order by h.submittedAt desc")
    List<HealthCheckEntity> findSubmittedOf(Collection<Long> personIds);
}
