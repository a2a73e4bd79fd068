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

    /** Submitted checks whose own consent to share is in force, newest first. */
    @Query("select h from HealthCheckEntity h where h.status = fi.tyollisyystalo.healthcheck.HealthCheckStatus.SUBMITTED"
            + " and exists (select c.id from ShareConsentEntity c where c.healthCheckId = h.id and c.revokedAt is null)"
            + " order by h.submittedAt desc")
    List<HealthCheckEntity> findShared(Pageable page);
}
