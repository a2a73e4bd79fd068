package fi.tyollisyystalo.healthcheck.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import fi.tyollisyystalo.healthcheck.HealthCheckStatus;

interface HealthCheckRepository extends JpaRepository<HealthCheckEntity, Long> {

    Optional<HealthCheckEntity> findFirstByPersonIdAndStatusOrderByUpdatedAtDesc(long personId,
            HealthCheckStatus status);

    List<HealthCheckEntity> findByPersonIdAndStatusOrderBySubmittedAtDesc(long personId, HealthCheckStatus status);

    /** The submitted ones of these checks (those a share consent in force covers), newest first. */
    @Query("select h from HealthCheckEntity h where h.status = fi.tyollisyystalo.healthcheck.HealthCheckStatus.SUBMITTED"
            + " and h.id in :ids order by h.submittedAt desc")
    List<HealthCheckEntity> findShared(java.util.Collection<Long> ids, Pageable page);
}
