package fi.tyollisyystalo.referral.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.tyollisyystalo.referral.ProfessionalRequestKind;
import fi.tyollisyystalo.referral.SourceOrganisation;

/** A professional's referral of a resident or consultation of the team (Flyway V016; its source V028). */
@Entity
@Table(name = "professional_request")
public class ProfessionalRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProfessionalRequestKind kind = ProfessionalRequestKind.CONSULTATION;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_organisation", nullable = false, length = 32)
    private SourceOrganisation source = SourceOrganisation.OTHER;

    @Column(name = "person_key", length = 64)
    private @Nullable String personKey;

    @Column(nullable = false, length = 200)
    private String organisation = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body = "";

    @Column(name = "by_phone", nullable = false)
    private boolean byPhone;

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "created_by_name", nullable = false)
    private String createdByName = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt = Instant.EPOCH;

    @Column(columnDefinition = "TEXT")
    private @Nullable String answer;

    @Column(name = "answered_by_name")
    private @Nullable String answeredByName;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    protected ProfessionalRequestEntity() {
    }

    public ProfessionalRequestEntity(ProfessionalRequestKind kind, SourceOrganisation source, @Nullable String personKey,
            String organisation, String body, boolean byPhone, String createdBy, String createdByName,
            Instant createdAt, Instant dueAt) {
        this.kind = kind;
        this.source = source;
        this.personKey = personKey;
        this.organisation = organisation;
        this.body = body;
        this.byPhone = byPhone;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
    }

    public void answer(String text, String by, Instant at) {
        this.answer = text;
        this.answeredByName = by;
        this.answeredAt = at;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public ProfessionalRequestKind kind() {
        return kind;
    }

    public SourceOrganisation source() {
        return source;
    }

    public @Nullable String personKey() {
        return personKey;
    }

    public String organisation() {
        return organisation;
    }

    public String body() {
        return body;
    }

    public boolean byPhone() {
        return byPhone;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public @Nullable String answer() {
        return answer;
    }

    public @Nullable String answeredByName() {
        return answeredByName;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }
}
