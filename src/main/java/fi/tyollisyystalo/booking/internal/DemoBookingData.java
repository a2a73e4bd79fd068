package fi.tyollisyystalo.booking.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.booking.BookedBy;
import fi.tyollisyystalo.booking.Way;

/**
 * The demo region's appointment types and the demo staff's weekly hours (the dev identity provider's
 * coordinators, nurse and doctor), into empty tables; never under the prod profile.
 */
@Component
@ConditionalOnProperty(name = "tyollisyystalo.demo-data.enabled", havingValue = "true")
class DemoBookingData {

    static final String LAPPEENRANTA = "Työllisyystalo, Valtakatu 35, 53100 Lappeenranta";
    static final String IMATRA = "Imatran työkykypiste, Tainionkoskentie 68, 55100 Imatra";

    private final AppointmentTypeRepository types;
    private final AvailabilityRepository hours;

    DemoBookingData(AppointmentTypeRepository types, AvailabilityRepository hours) {
        this.types = types;
        this.hours = hours;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        if (types.count() == 0) {
            types.save(new AppointmentTypeEntity("coordinator-first",
                    new LocalizedText("Ensitapaaminen työkykykoordinaattorin kanssa",
                            "Första möte med arbetsförmågekoordinatorn", "First meeting with the work-ability coordinator"),
                    60, 15, EnumSet.of(Way.IN_PERSON, Way.PHONE, Way.VIDEO), BookedBy.RESIDENT, Roles.COORDINATOR));
            types.save(new AppointmentTypeEntity("nurse-health-check",
                    new LocalizedText("Terveydenhoitajan terveystarkastus", "Hälsoundersökning hos hälsovårdaren",
                            "Health check with the nurse"),
                    45, 15, EnumSet.of(Way.IN_PERSON), BookedBy.RESIDENT, Roles.NURSE));
            types.save(new AppointmentTypeEntity("doctor", new LocalizedText("Lääkärin vastaanotto",
                    "Läkarmottagning", "Doctor's appointment"), 30, 0, EnumSet.of(Way.IN_PERSON, Way.VIDEO),
                    BookedBy.OFFER, Roles.DOCTOR));
            types.save(new AppointmentTypeEntity("interim-evaluation", new LocalizedText("Väliarviointi",
                    "Mellanutvärdering", "Interim evaluation"), 30, 0, EnumSet.of(Way.IN_PERSON, Way.PHONE, Way.VIDEO),
                    BookedBy.STAFF, Roles.COORDINATOR));
        }
        if (hours.count() == 0) {
            List<DayOfWeek> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
            for (DayOfWeek d : weekdays) {
                hours.save(new AvailabilityEntity("koordinaattori", "Kaisa Lehtonen", Roles.COORDINATOR, d,
                        LocalTime.of(8, 0), LocalTime.of(12, 0), LAPPEENRANTA, List.of("fi", "en")));
                if (d != DayOfWeek.FRIDAY) {
                    hours.save(new AvailabilityEntity("koordinaattori", "Kaisa Lehtonen", Roles.COORDINATOR, d,
                            LocalTime.of(13, 0), LocalTime.of(15, 0), null, List.of("fi", "en")));
                }
                hours.save(new AvailabilityEntity("koordinaattori2", "Antti Mäkelä", Roles.COORDINATOR, d,
                        LocalTime.of(9, 0), LocalTime.of(15, 0), IMATRA, List.of("fi", "sv")));
            }
            for (DayOfWeek d : List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)) {
                hours.save(new AvailabilityEntity("hoitaja", "Juha Salonen", Roles.NURSE, d, LocalTime.of(8, 0),
                        LocalTime.of(14, 0), LAPPEENRANTA, List.of("fi", "sv", "en")));
            }
            hours.save(new AvailabilityEntity("laakari", "Eeva Heikkinen", Roles.DOCTOR, DayOfWeek.WEDNESDAY,
                    LocalTime.of(12, 0), LocalTime.of(16, 0), LAPPEENRANTA, List.of("fi", "en")));
        }
    }
}
