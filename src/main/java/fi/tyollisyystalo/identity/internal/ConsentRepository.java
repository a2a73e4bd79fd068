package fi.tyollisyystalo.identity.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import fi.tyollisyystalo.identity.ConsentKind;

interface ConsentRepository extends JpaRepository<ConsentEntity, Long> {

    @Query("select c from ConsentEntity c where c.personId = :personId and c.kind = :kind"
            + " and (c.subjectId = :subjectId or (:subjectId is null and c.subjectId is null))"
            + " and c.withdrawnAt is null order by c.givenAt desc")
    List<ConsentEntity> inForce(long personId, ConsentKind kind, @Nullable Long subjectId);

    @Query("select c from ConsentEntity c where c.kind = :kind and c.subjectId = :subjectId and c.withdrawnAt is null"
            + " order by c.givenAt desc")
    List<ConsentEntity> inForceForSubject(ConsentKind kind, long subjectId);

    @Query("select distinct c.subjectId from ConsentEntity c where c.kind = :kind and c.subjectId is not null"
            + " and c.withdrawnAt is null")
    List<Long> subjectsInForce(ConsentKind kind);

    @Query("select distinct c.subjectId from ConsentEntity c where c.kind = :kind and c.subjectId in :subjects"
            + " and c.withdrawnAt is null")
    List<Long> subjectsInForceAmong(ConsentKind kind, java.util.Collection<Long> subjects);

    @Query("select c from ConsentEntity c where c.personId = :personId order by case when c.withdrawnAt is null"
            + " then 0 else 1 end, c.givenAt desc, c.id desc")
    List<ConsentEntity> allOf(long personId);

    Optional<ConsentEntity> findByIdAndPersonId(long id, long personId);
}
