package fi.tyollisyystalo.servicemap.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<OrganisationEntity, Long> {

    Optional<OrganisationEntity> findByKey(String key);

    Optional<OrganisationEntity> findByPtvId(String ptvId);
}
