package fi.tyollisyystalo.booking.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff member's weekly hours on one weekday, Helsinki local time (Flyway V018). */
@Entity
@Table(name = "availability")
public class AvailabilityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "staff_subject", nullable = false, length = 200)
    private String staffSubject = "";

    @Column(name = "staff_name", nullable = false, length = 200)
    private String staffName = "";

    @Column(name = "staff_role", nullable = false, length = 32)
    private String staffRole = "";

    @Column(nullable = false)
    private int weekday;

    @Column(nullable = false, columnDefinition = "TIME")
    @Convert(converter = WallClock.Time.class)
    private LocalTime starts = LocalTime.MIDNIGHT;

    @Column(nullable = false, columnDefinition = "TIME")
    @Convert(converter = WallClock.Time.class)
    private LocalTime ends = LocalTime.MIDNIGHT;

    @Column(length = 300)
    private @Nullable String location;

    @Column(nullable = false, length = 32)
    private String languages = "fi";

    @Column(name = "valid_from", columnDefinition = "DATE")
    @Convert(converter = WallClock.Date.class)
    private @Nullable LocalDate validFrom;

    @Column(name = "valid_until", columnDefinition = "DATE")
    @Convert(converter = WallClock.Date.class)
    private @Nullable LocalDate validUntil;

    @Column(name = "open_on_holidays", nullable = false)
    private boolean openOnHolidays;

    protected AvailabilityEntity() {
    }

    public AvailabilityEntity(String staffSubject, String staffName, String staffRole, DayOfWeek weekday,
            LocalTime starts, LocalTime ends, @Nullable String location, List<String> languages) {
        this.staffSubject = staffSubject;
        this.staffName = staffName;
        this.staffRole = staffRole;
        this.weekday = weekday.getValue();
        this.starts = starts;
        this.ends = ends;
        this.location = location;
        this.languages = String.join(",", languages);
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String staffSubject() {
        return staffSubject;
    }

    public String staffName() {
        return staffName;
    }

    public String staffRole() {
        return staffRole;
    }

    public DayOfWeek weekday() {
        return DayOfWeek.of(weekday);
    }

    public LocalTime starts() {
        return starts;
    }

    public LocalTime ends() {
        return ends;
    }

    public @Nullable String location() {
        return location;
    }

    public List<String> languages() {
        return List.of(languages.split(","));
    }

    /** Whether the hours apply on {@code date}: its weekday, the validity period, and not a holiday unless open then. */
    public boolean appliesOn(LocalDate date) {
        return date.getDayOfWeek().getValue() == weekday
                && (openOnHolidays || !fi.tyollisyystalo.base.time.FinnishHolidays.isHoliday(date)) && (validFrom == null || !date.isBefore(validFrom))
                && (validUntil == null || !date.isAfter(validUntil));
    }
}
