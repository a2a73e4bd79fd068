package fi.tyollisyystalo.booking;

import java.util.List;

/** The resident's appointments: the coming booked ones, soonest first, and the past or cancelled ones, newest first. */
public record MyAppointments(List<Appointment> coming, List<Appointment> past) {
}
