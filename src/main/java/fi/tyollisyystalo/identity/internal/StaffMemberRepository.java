package fi.tyollisyystalo.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffMemberRepository extends JpaRepository<StaffMemberEntity, Long> {

    Optional<StaffMemberEntity> findBySubject(String subject);

    List<StaffMemberEntity> findAllByOrderByDisplayNameAsc();

    List<StaffMemberEntity> findByTeamCodeOrderByDisplayNameAsc(String teamCode);
}
