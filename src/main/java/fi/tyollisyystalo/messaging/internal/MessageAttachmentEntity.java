package fi.tyollisyystalo.messaging.internal;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file sent with a message, after {@link fi.tyollisyystalo.messaging.AttachmentFilter} (Flyway V017). */
@Entity
@Table(name = "message_attachment")
public class MessageAttachmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private long messageId;

    @Column(name = "file_name", nullable = false, length = 120, updatable = false)
    private String fileName = "";

    @Column(name = "media_type", nullable = false, length = 40, updatable = false)
    private String mediaType = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, columnDefinition = "longblob")
    private byte[] bytes = new byte[0];

    protected MessageAttachmentEntity() {
    }

    public static MessageAttachmentEntity of(long messageId, String fileName, String mediaType, byte[] bytes) {
        MessageAttachmentEntity a = new MessageAttachmentEntity();
        a.messageId = messageId;
        a.fileName = fileName;
        a.mediaType = mediaType;
        a.sizeBytes = bytes.length;
        a.bytes = bytes;
        return a;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long messageId() {
        return messageId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] bytes() {
        return bytes;
    }
}
