package fi.tyollisyystalo.servicemap.internal.ptv;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PtvUnmappedRepository extends JpaRepository<PtvUnmappedEntity, Long> {

    Optional<PtvUnmappedEntity> findByPtvId(String ptvId);

    List<PtvUnmappedEntity> findByResolvedAtIsNullOrderByFirstSeenAsc();
}
