package fi.tyollisyystalo.booking.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppointmentTypeRepository extends JpaRepository<AppointmentTypeEntity, Long> {

    List<AppointmentTypeEntity> findAllByOrderByIdAsc();
}
