package fi.tyollisyystalo.referral.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Version;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.tyollisyystalo.referral.CloseReason;
import fi.tyollisyystalo.referral.ContactChannel;
import fi.tyollisyystalo.referral.ContactSource;
import fi.tyollisyystalo.referral.ContactStatus;

/** A resident's request to be contacted by the work-ability team (Flyway V011, V016). */
@Entity
@Table(name = "contact_request")
public class ContactRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ContactSource source;

    @Column(name = "health_check_id")
    private @Nullable Long healthCheckId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    /** Computed by the database from the status (V019): the worklist's order, never written here. */
    @Column(name = "worklist_rank", insertable = false, updatable = false)
    private @Nullable Integer worklistRank;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable ContactChannel channel;

    @Column(length = 10)
    private @Nullable String language;

    @Column(nullable = false)
    private boolean interpreter;

    @Convert(converter = AnswersConverter.class)
    @Column(columnDefinition = "LONGTEXT")
    private java.util.Map<String, String> answers = java.util.Map.of();

    @Column(name = "attached_health_check_id")
    private @Nullable Long attachedHealthCheckId;

    @Column(name = "assignee_subject")
    private @Nullable String assigneeSubject;

    @Column(name = "assignee_name")
    private @Nullable String assigneeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason", length = 30)
    private @Nullable CloseReason closedReason;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Version
    private long version;

    protected ContactRequestEntity() {
        this.source = ContactSource.HEALTH_CHECK;
        this.status = ContactStatus.NEW;
        this.receivedAt = Instant.EPOCH;
        this.dueAt = Instant.EPOCH;
    }

    public static ContactRequestEntity fromHealthCheck(long personId, long healthCheckId, Instant at, Instant due) {
        ContactRequestEntity e = new ContactRequestEntity();
        e.personId = personId;
        e.healthCheckId = healthCheckId;
        e.source = ContactSource.HEALTH_CHECK;
        e.status = ContactStatus.NEW;
        e.receivedAt = at;
        e.dueAt = due;
        return e;
    }

    /** A request sent with the contact form: the answers as given, the way to reach the resident. */
    public static ContactRequestEntity fromForm(long personId, ContactSource source, java.util.Map<String, String> answers,
            ContactChannel channel, String language, boolean interpreter, @Nullable Long attachedHealthCheckId,
            Instant at, Instant due) {
        ContactRequestEntity e = new ContactRequestEntity();
        e.personId = personId;
        e.source = source;
        e.status = ContactStatus.NEW;
        e.answers = java.util.Map.copyOf(answers);
        e.channel = channel;
        e.language = language;
        e.interpreter = interpreter;
        e.attachedHealthCheckId = attachedHealthCheckId;
        e.receivedAt = at;
        e.dueAt = due;
        e.updatedAt = at;
        return e;
    }

    /** Moves to {@code next}; when the team's turn starts again, a new answer target starts with it. */
    public void moveTo(ContactStatus next, Instant at, @Nullable Instant newDue) {
        this.status = next;
        this.updatedAt = at;
        if (newDue != null) {
            this.dueAt = newDue;
        }
    }

    public void assignTo(String subject, String name, Instant at) {
        this.assigneeSubject = subject;
        this.assigneeName = name;
        this.updatedAt = at;
    }

    public void close(CloseReason reason, Instant at) {
        this.status = ContactStatus.CLOSED;
        this.closedReason = reason;
        this.updatedAt = at;
    }

    public @Nullable ContactChannel channel() {
        return channel;
    }

    public @Nullable String language() {
        return language;
    }

    public boolean interpreter() {
        return interpreter;
    }

    public java.util.Map<String, String> answers() {
        return answers == null ? java.util.Map.of() : answers;
    }

    public @Nullable Long attachedHealthCheckId() {
        return attachedHealthCheckId;
    }

    public @Nullable String assigneeSubject() {
        return assigneeSubject;
    }

    public @Nullable String assigneeName() {
        return assigneeName;
    }

    public @Nullable CloseReason closedReason() {
        return closedReason;
    }

    public long version() {
        return version;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long personId() {
        return personId;
    }

    public ContactSource source() {
        return source;
    }

    public @Nullable Long healthCheckId() {
        return healthCheckId;
    }

    public ContactStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
