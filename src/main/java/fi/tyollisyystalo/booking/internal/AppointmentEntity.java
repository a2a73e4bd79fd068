package fi.tyollisyystalo.booking.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.tyollisyystalo.booking.AppointmentStatus;
import fi.tyollisyystalo.booking.Way;

/**
 * One appointment (Flyway V018). The version is not JPA's: the service raises it with a conditional UPDATE
 * so that a replayed old move or cancel changes nothing.
 */
@Entity
@Table(name = "appointment")
public class AppointmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String uid = "";

    @Column(name = "type_id", nullable = false, updatable = false)
    private long typeId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "staff_subject", nullable = false, length = 200)
    private String staffSubject = "";

    @Column(name = "staff_name", nullable = false, length = 200)
    private String staffName = "";

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt = Instant.EPOCH;

    @Column(name = "blocked_until", nullable = false)
    private Instant blockedUntil = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Way way = Way.IN_PERSON;

    @Column(length = 300)
    private @Nullable String location;

    @Column(length = 40)
    private @Nullable String phone;

    @Column(nullable = false)
    private boolean interpreter;

    @Column(nullable = false, length = 5)
    private String language = "fi";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(nullable = false)
    private long version;

    @Column(name = "booked_by", nullable = false, length = 16)
    private String bookedBy = "RESIDENT";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected AppointmentEntity() {
    }

    public static AppointmentEntity book(long typeId, long personId, String staffSubject, String staffName,
            Instant start, Instant end, Instant blockedUntil, Way way, @Nullable String location,
            @Nullable String phone, boolean interpreter, String language, boolean byStaff, Instant now) {
        AppointmentEntity a = new AppointmentEntity();
        a.uid = UUID.randomUUID().toString();
        a.typeId = typeId;
        a.personId = personId;
        a.staffSubject = staffSubject;
        a.staffName = staffName;
        a.startsAt = start;
        a.endsAt = end;
        a.blockedUntil = blockedUntil;
        a.way = way;
        a.location = location;
        a.phone = phone;
        a.interpreter = interpreter;
        a.language = language;
        a.bookedBy = byStaff ? "STAFF" : "RESIDENT";
        a.createdAt = now;
        a.updatedAt = now;
        return a;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String uid() {
        return uid;
    }

    public long typeId() {
        return typeId;
    }

    public long personId() {
        return personId;
    }

    public String staffSubject() {
        return staffSubject;
    }

    public String staffName() {
        return staffName;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant blockedUntil() {
        return blockedUntil;
    }

    public Way way() {
        return way;
    }

    public @Nullable String location() {
        return location;
    }

    public @Nullable String phone() {
        return phone;
    }

    public boolean interpreter() {
        return interpreter;
    }

    public String language() {
        return language;
    }

    public AppointmentStatus status() {
        return status;
    }

    public int sequence() {
        return sequence;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean bookedByStaff() {
        return "STAFF".equals(bookedBy);
    }
}
