package fi.tyollisyystalo.referral.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.tyollisyystalo.referral.ContactStep;

/** A resident's unsent contact form, saved answer by answer (Flyway V016). */
@Entity
@Table(name = "contact_form_draft")
public class ContactFormDraftEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Convert(converter = AnswersConverter.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private Map<String, String> answers = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "last_step", nullable = false, length = 30)
    private ContactStep lastStep = ContactStep.SITUATION;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt = Instant.EPOCH;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt = Instant.EPOCH;

    protected ContactFormDraftEntity() {
    }

    public static ContactFormDraftEntity start(long personId, Map<String, String> prefilled, Instant at) {
        ContactFormDraftEntity e = new ContactFormDraftEntity();
        e.personId = personId;
        e.answers = new LinkedHashMap<>(prefilled);
        e.startedAt = at;
        e.savedAt = at;
        return e;
    }

    public void answer(String questionId, String value, ContactStep step, Instant at) {
        Map<String, String> next = new LinkedHashMap<>(answers);
        next.put(questionId, value);
        answers = next;
        lastStep = step;
        savedAt = at;
    }

    public void reached(ContactStep step, Instant at) {
        lastStep = step;
        savedAt = at;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long personId() {
        return personId;
    }

    public Map<String, String> answers() {
        return answers;
    }

    public ContactStep lastStep() {
        return lastStep;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
