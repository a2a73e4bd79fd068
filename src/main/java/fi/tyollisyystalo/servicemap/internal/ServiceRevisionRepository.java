package fi.tyollisyystalo.servicemap.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceRevisionRepository extends JpaRepository<ServiceRevisionEntity, Long> {

    List<ServiceRevisionEntity> findByServiceIdOrderByOccurredAtDesc(long serviceId);
}
