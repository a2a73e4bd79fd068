package fi.tyollisyystalo.booking.ui;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.HomeCard;
import fi.tyollisyystalo.base.ui.NavEntry;

/** Booking in the resident's navigation and front page, and the calendar in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class BookingNavigation {

    @Bean
    NavEntry appointmentsNavEntry() {
        return new NavEntry(NavEntry.Area.RESIDENT, 45, "nav.appointments", MyAppointmentsView.class,
                List.of(Roles.RESIDENT));
    }

    @Bean
    HomeCard bookingHomeCard() {
        return HomeCard.of(NavEntry.Area.RESIDENT, 40, "booking", BookTimeView.class);
    }

    @Bean
    NavEntry availabilityNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 15, "staff.nav.availability", AvailabilityView.class,
                Roles.CLIENT_WORK_ROLES);
    }

    @Bean
    NavEntry appointmentTypesNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 35, "staff.nav.appointment-types", AppointmentTypesView.class,
                List.of(Roles.SERVICE_EDITOR, Roles.MANAGER));
    }

    @Bean
    NavEntry calendarNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 14, "staff.nav.calendar", StaffCalendarView.class,
                Roles.CLIENT_WORK_ROLES);
    }
}
