package fi.tyollisyystalo.messaging.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MessageDraftRepository extends JpaRepository<MessageDraftEntity, Long> {

    Optional<MessageDraftEntity> findByThreadIdAndAuthorKey(long threadId, String authorKey);

    @Modifying
    @Query("DELETE FROM MessageDraftEntity d WHERE d.threadId = :threadId AND d.authorKey = :authorKey")
    int deleteDraft(long threadId, String authorKey);
}
