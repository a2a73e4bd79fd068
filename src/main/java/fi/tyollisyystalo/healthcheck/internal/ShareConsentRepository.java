package fi.tyollisyystalo.healthcheck.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShareConsentRepository extends JpaRepository<ShareConsentEntity, Long> {

    Optional<ShareConsentEntity> findFirstByHealthCheckIdAndRevokedAtIsNullOrderByGivenAtDesc(long healthCheckId);

    List<ShareConsentEntity> findByPersonIdAndRevokedAtIsNullAndHealthCheckIdIsNotNull(long personId);
}
