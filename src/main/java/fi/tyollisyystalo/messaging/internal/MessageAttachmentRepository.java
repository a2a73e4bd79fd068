package fi.tyollisyystalo.messaging.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageAttachmentRepository extends JpaRepository<MessageAttachmentEntity, Long> {

    /** A thread's attachments without their bytes, in the order sent. */
    @Query("SELECT new fi.tyollisyystalo.messaging.internal.AttachmentRow(a.id, a.messageId, a.fileName, a.mediaType,"
            + " a.sizeBytes) FROM MessageAttachmentEntity a, MessageEntity m WHERE m.id = a.messageId"
            + " AND m.threadId = :threadId ORDER BY a.id")
    List<AttachmentRow> listOfThread(long threadId);

    /** The thread an attachment belongs to, for the ownership check before its bytes are read. */
    @Query("SELECT m.threadId FROM MessageAttachmentEntity a, MessageEntity m WHERE m.id = a.messageId AND a.id = :id")
    Optional<Long> threadOf(long id);
}
