package fi.tyollisyystalo.servicemap.internal.ptv;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PtvPendingRepository extends JpaRepository<PtvPendingEntity, Long> {

    @Query("select p.serviceId from PtvPendingEntity p where p.serviceId in :ids")
    List<Long> findServiceIdsIn(Collection<Long> ids);
}
