package fi.tyollisyystalo.booking.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AbsenceRepository extends JpaRepository<AbsenceEntity, Long> {

    List<AbsenceEntity> findByStaffSubjectInAndEndsAtAfterAndStartsAtBefore(Collection<String> staff, Instant from,
            Instant to);

    List<AbsenceEntity> findByStaffSubjectAndEndsAtAfterOrderByStartsAtAsc(String staff, Instant from);
}
