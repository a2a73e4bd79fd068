package fi.tyollisyystalo.booking.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import fi.tyollisyystalo.booking.AppointmentStatus;

public interface AppointmentRepository extends JpaRepository<AppointmentEntity, Long> {

    List<AppointmentEntity> findByPersonIdOrderByStartsAtAsc(long personId);

    Optional<AppointmentEntity> findByIdAndPersonId(long id, long personId);

    Optional<AppointmentEntity> findFirstByPersonIdAndStartsAtAndTypeIdAndStatus(long personId, Instant start,
            long typeId, AppointmentStatus status);

    /** The appointments a staff member takes part in (own or as a network meeting's participant) in a range. */
    @Query(value = """
            SELECT a.* FROM appointment a WHERE a.staff_subject IN (:staff) AND a.starts_at < :to
              AND a.ends_at > :from AND a.status <> 'CANCELLED'
            UNION
            SELECT a.* FROM appointment a JOIN appointment_participant p ON p.appointment_id = a.id
             WHERE p.staff_subject IN (:staff) AND a.starts_at < :to AND a.ends_at > :from
               AND a.status <> 'CANCELLED'
            ORDER BY starts_at, id""", nativeQuery = true)
    List<AppointmentEntity> calendar(List<String> staff, Instant from, Instant to);
}
