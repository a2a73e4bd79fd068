package fi.tyollisyystalo.servicemap.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import fi.tyollisyystalo.servicemap.PublishingStatus;

interface ServiceRepository extends JpaRepository<ServiceEntity, Long> {

    Optional<ServiceEntity> findByKey(String key);

    Optional<ServiceEntity> findByPtvId(String ptvId);

    long countByStatus(PublishingStatus status);
}
