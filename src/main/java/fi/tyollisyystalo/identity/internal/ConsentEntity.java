package fi.tyollisyystalo.identity.internal;

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

import fi.tyollisyystalo.identity.ConsentKind;
import fi.tyollisyystalo.identity.ConsentRecord;
import fi.tyollisyystalo.identity.ConsentScope;

/** A consent (Flyway V015): never deleted, only withdrawn, so its history stays. */
@Entity
@Table(name = "consent")
public class ConsentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ConsentKind kind = ConsentKind.NOTIFICATIONS;

    @Column(name = "subject_id")
    private @Nullable Long subjectId;

    @Column(name = "text_version", nullable = false, length = 20)
    private String textVersion = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentScope scope = ConsentScope.TEAM;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt = Instant.EPOCH;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    protected ConsentEntity() {
    }

    ConsentEntity(long personId, ConsentKind kind, @Nullable Long subjectId, String textVersion, ConsentScope scope,
            Instant givenAt) {
        this.personId = personId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.textVersion = textVersion;
        this.scope = scope;
        this.givenAt = givenAt;
    }

    void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    public ConsentRecord record() {
        return new ConsentRecord(id == null ? 0 : id, personId, kind, subjectId, textVersion, scope, givenAt,
                withdrawnAt);
    }
}
