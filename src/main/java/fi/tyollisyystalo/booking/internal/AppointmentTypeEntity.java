package fi.tyollisyystalo.booking.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.booking.AppointmentType;
import fi.tyollisyystalo.booking.BookedBy;
import fi.tyollisyystalo.booking.Way;

/** An appointment type (Flyway V018). */
@Entity
@Table(name = "appointment_type")
public class AppointmentTypeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 64)
    private String code = "";

    @Column(name = "name_fi", nullable = false, length = 200)
    private String nameFi = "";

    @Column(name = "name_sv", nullable = false, length = 200)
    private String nameSv = "";

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn = "";

    @Column(nullable = false)
    private int minutes;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(nullable = false, length = 64)
    private String ways = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "booked_by", nullable = false, length = 16)
    private BookedBy bookedBy = BookedBy.STAFF;

    @Column(name = "staff_role", nullable = false, length = 32)
    private String staffRole = "";

    @Column(nullable = false)
    private boolean active = true;

    protected AppointmentTypeEntity() {
    }

    public AppointmentTypeEntity(String code, LocalizedText name, int minutes, int bufferMinutes, Set<Way> ways,
            BookedBy bookedBy, String staffRole) {
        this.code = code;
        update(name, minutes, bufferMinutes, ways, bookedBy, staffRole, true);
    }

    public void update(LocalizedText name, int minutes, int bufferMinutes, Set<Way> ways, BookedBy bookedBy,
            String staffRole, boolean active) {
        this.nameFi = name.fi();
        this.nameSv = name.sv() == null ? "" : name.sv();
        this.nameEn = name.en() == null ? "" : name.en();
        this.minutes = minutes;
        this.bufferMinutes = bufferMinutes;
        this.ways = ways.stream().map(Way::name).sorted().collect(Collectors.joining(","));
        this.bookedBy = bookedBy;
        this.staffRole = staffRole;
        this.active = active;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public AppointmentType toRecord() {
        Set<Way> w = EnumSet.noneOf(Way.class);
        Arrays.stream(ways.split(",")).filter(s -> !s.isBlank()).map(Way::valueOf).forEach(w::add);
        return new AppointmentType(id(), code, new LocalizedText(nameFi, nameSv, nameEn), minutes, bufferMinutes, w,
                bookedBy, staffRole, active);
    }
}
