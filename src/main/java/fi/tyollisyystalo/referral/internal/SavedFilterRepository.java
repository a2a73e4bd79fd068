package fi.tyollisyystalo.referral.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedFilterRepository extends JpaRepository<SavedFilterEntity, String> {
}
