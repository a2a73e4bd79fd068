package fi.tyollisyystalo.booking.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AvailabilityRepository extends JpaRepository<AvailabilityEntity, Long> {

    List<AvailabilityEntity> findByStaffRoleIn(Collection<String> roles);

    List<AvailabilityEntity> findByStaffSubjectOrderByWeekdayAscStartsAsc(String staffSubject);

    List<AvailabilityEntity> findByStaffSubject(String staffSubject);
}
