package fi.tyollisyystalo.servicemap.internal.ptv;

import java.util.Optional;

import org.springframework.data.repository.Repository;

import fi.tyollisyystalo.servicemap.internal.ServiceEntity;

/** The services of the map as the import needs them: by PTV id. */
interface PtvServiceLookup extends Repository<ServiceEntity, Long> {

    Optional<ServiceEntity> findByPtvId(String ptvId);

    ServiceEntity save(ServiceEntity service);

    long countByPtvIdIsNotNull();
}
