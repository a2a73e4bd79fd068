/**
 * Booking: appointment types, the staff's weekly availability and absences, the earliest free times,
 * appointments booked, moved and cancelled by residents and staff, calendar files (iCalendar) and reminders.
 * A double booking is impossible in the database itself: an appointment holds its quarter hours in a table
 * whose primary key refuses a second hold.
 */
@ApplicationModule(displayName = "Booking")
@NullMarked
package fi.tyollisyystalo.booking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
