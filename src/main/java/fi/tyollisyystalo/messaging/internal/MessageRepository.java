package fi.tyollisyystalo.messaging.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageRepository extends JpaRepository<MessageEntity, Long> {

    List<MessageEntity> findByThreadIdOrderBySentAtAscIdAsc(long threadId);
}
