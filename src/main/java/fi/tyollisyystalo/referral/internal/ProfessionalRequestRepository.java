package fi.tyollisyystalo.referral.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import fi.tyollisyystalo.referral.ProfessionalRequestKind;

public interface ProfessionalRequestRepository extends JpaRepository<ProfessionalRequestEntity, Long> {

    List<ProfessionalRequestEntity> findByKindOrderByCreatedAtDescIdDesc(ProfessionalRequestKind kind, Pageable page);

    /** How many of each kind came from each kind of organisation: {source, kind, count}. */
    @Query("select r.source, r.kind, count(r) from ProfessionalRequestEntity r group by r.source, r.kind")
    List<Object[]> countBySource();
}
