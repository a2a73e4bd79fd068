package fi.tyollisyystalo.servicemap.internal.ptv;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import fi.tyollisyystalo.servicemap.internal.OrganisationEntity;

/** Organisations by PTV id, or by Finnish name when one was entered by hand before the first import. */
interface PtvOrganisationLookup extends Repository<OrganisationEntity, Long> {

    Optional<OrganisationEntity> findByPtvId(String ptvId);

    Optional<OrganisationEntity> findByKey(String key);

    @Query("select o from OrganisationEntity o where o.ptvId is null and o.name.fi = :name order by o.id")
    List<OrganisationEntity> findUnlinkedByName(String name);

    OrganisationEntity save(OrganisationEntity organisation);
}
