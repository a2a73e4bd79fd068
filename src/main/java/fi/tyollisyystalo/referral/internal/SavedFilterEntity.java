package fi.tyollisyystalo.referral.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team member's default worklist view (Flyway V016). */
@Entity
@Table(name = "worklist_saved_filter")
public class SavedFilterEntity {

    @Id
    @Column(name = "staff_subject")
    private String staffSubject = "";

    @Column(nullable = false, length = 500)
    private String query = "";

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt = Instant.EPOCH;

    protected SavedFilterEntity() {
    }

    public SavedFilterEntity(String staffSubject, String query, Instant savedAt) {
        this.staffSubject = staffSubject;
        this.query = query;
        this.savedAt = savedAt;
    }

    public String query() {
        return query;
    }
}
