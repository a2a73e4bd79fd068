package fi.tyollisyystalo.referral.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactFormDraftRepository extends JpaRepository<ContactFormDraftEntity, Long> {

    Optional<ContactFormDraftEntity> findByPersonId(long personId);
}
