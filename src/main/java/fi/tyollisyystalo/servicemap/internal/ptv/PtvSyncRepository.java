package fi.tyollisyystalo.servicemap.internal.ptv;

import org.springframework.data.jpa.repository.JpaRepository;

interface PtvSyncRepository extends JpaRepository<PtvSyncEntity, Long> {
}
