package fi.tyollisyystalo.referral.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRequestStepRepository extends JpaRepository<ContactRequestStepEntity, Long> {

    List<ContactRequestStepEntity> findByRequestIdOrderByTakenAtAscIdAsc(long requestId);
}
