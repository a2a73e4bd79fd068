package fi.tyollisyystalo.servicemap.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import fi.tyollisyystalo.servicemap.PublishingStatus;

interface ServiceRepository extends JpaRepository<ServiceEntity, Long> {

    Optional<ServiceEntity> findByKey(String key);

    Optional<ServiceEntity> findByPtvId(String ptvId);

    long countByStatus(PublishingStatus status);

    @org.springframework.data.jpa.repository.Query("select s from ServiceEntity s where lower(s.name.fi) like lower(concat('%', :text, '%'))"
            + " or lower(s.name.sv) like lower(concat('%', :text, '%')) or lower(s.name.en) like lower(concat('%', :text, '%'))")
    org.springframework.data.domain.Page<ServiceEntity> findByNameContaining(
            @org.springframework.data.repository.query.Param("text") String text,
            org.springframework.data.domain.Pageable pageable);
}
