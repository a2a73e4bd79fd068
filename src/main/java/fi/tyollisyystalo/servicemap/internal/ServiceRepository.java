package fi.tyollisyystalo.servicemap.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import fi.tyollisyystalo.servicemap.PublishingStatus;

interface ServiceRepository extends JpaRepository<ServiceEntity, Long> {

    Optional<ServiceEntity> findByKey(String key);

    Optional<ServiceEntity> findByPtvId(String ptvId);

    long countByStatus(PublishingStatus status);

    /**
     * A service with its organisation and its four sets of codes in one statement, for its page; the channels
     * follow in a second one. {@code findById} read the organisation in a statement of its own (issue #14:
     * under load every statement is a wait for the database). The channels stay apart: joined to the codes, every
     * row of the result would repeat the service's texts once per channel and code.
     */
    @org.springframework.data.jpa.repository.Query("select s from ServiceEntity s join fetch s.organisation"
            + " left join fetch s.domains left join fetch s.municipalities left join fetch s.languages"
            + " left join fetch s.targetGroups where s.id = :id")
    Optional<ServiceEntity> findForPage(@org.springframework.data.repository.query.Param("id") long id);

    @org.springframework.data.jpa.repository.Query("select s from ServiceEntity s where lower(s.name.fi) like lower(concat('%', :text, '%'))"
            + " or lower(s.name.sv) like lower(concat('%', :text, '%')) or lower(s.name.en) like lower(concat('%', :text, '%'))")
    org.springframework.data.domain.Page<ServiceEntity> findByNameContaining(
            @org.springframework.data.repository.query.Param("text") String text,
            org.springframework.data.domain.Pageable pageable);
}
