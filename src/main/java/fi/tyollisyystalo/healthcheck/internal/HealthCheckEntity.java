package fi.tyollisyystalo.healthcheck.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import fi.tyollisyystalo.healthcheck.HealthCheckStatus;

/** One health check of one resident: a draft being answered, or submitted with its result. */
@Entity
@Table(name = "health_check")
public class HealthCheckEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "questionnaire_id", nullable = false, updatable = false)
    private String questionnaireId;

    @Column(name = "questionnaire_version", nullable = false, updatable = false)
    private int questionnaireVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HealthCheckStatus status;

    @Column(name = "current_section")
    private @Nullable String currentSection;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "age_at_submission")
    private @Nullable Integer ageAtSubmission;

    @Column(name = "result_json")
    private @Nullable String resultJson;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "health_check_answer", joinColumns = @JoinColumn(name = "health_check_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer_value", nullable = false)
    private Map<String, String> answers = new LinkedHashMap<>();

    protected HealthCheckEntity() {
        this.questionnaireId = "";
        this.status = HealthCheckStatus.DRAFT;
        this.startedAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    HealthCheckEntity(long personId, String questionnaireId, int questionnaireVersion, Instant now) {
        this.personId = personId;
        this.questionnaireId = questionnaireId;
        this.questionnaireVersion = questionnaireVersion;
        this.status = HealthCheckStatus.DRAFT;
        this.startedAt = now;
        this.updatedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long personId() {
        return personId;
    }

    public String questionnaireId() {
        return questionnaireId;
    }

    public int questionnaireVersion() {
        return questionnaireVersion;
    }

    public HealthCheckStatus status() {
        return status;
    }

    public @Nullable String currentSection() {
        return currentSection;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable Integer ageAtSubmission() {
        return ageAtSubmission;
    }

    public @Nullable String resultJson() {
        return resultJson;
    }

    public Map<String, String> answers() {
        return answers;
    }

    void answer(String questionId, @Nullable String value, String section, Instant now) {
        if (value == null || value.isEmpty()) {
            answers.remove(questionId);
        } else {
            answers.put(questionId, value);
        }
        currentSection = section;
        updatedAt = now;
    }

    void moveTo(String section, Instant now) {
        currentSection = section;
        updatedAt = now;
    }

    void submit(int age, String result, Instant now) {
        status = HealthCheckStatus.SUBMITTED;
        ageAtSubmission = age;
        resultJson = result;
        submittedAt = now;
        updatedAt = now;
    }
}
