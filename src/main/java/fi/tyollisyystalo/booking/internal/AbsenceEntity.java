package fi.tyollisyystalo.booking.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Time off a staff member's weekly hours (Flyway V018). */
@Entity
@Table(name = "availability_absence")
public class AbsenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "staff_subject", nullable = false, length = 200)
    private String staffSubject = "";

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt = Instant.EPOCH;

    protected AbsenceEntity() {
    }

    public AbsenceEntity(String staffSubject, Instant startsAt, Instant endsAt) {
        this.staffSubject = staffSubject;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String staffSubject() {
        return staffSubject;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }
}
