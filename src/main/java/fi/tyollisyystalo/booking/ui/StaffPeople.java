package fi.tyollisyystalo.booking.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.StaffDirectory;

/**
 * The staff members a calendar or a booking for a client can name, subject → name: the signed-in staff member
 * first, then their team from the directory, then colleagues with weekly hours who have not signed in yet.
 */
final class StaffPeople {

    private StaffPeople() {
    }

    static Map<String, String> of(CurrentUser currentUser, StaffDirectory directory, Bookings bookings) {
        String me = currentUser.get().map(CurrentUser.SignedInUser::subject).orElse("");
        Map<String, String> people = new LinkedHashMap<>();
        people.put(me, currentUser.get().map(CurrentUser.SignedInUser::displayName).orElse(me));
        directory.team(me).forEach(m -> people.putIfAbsent(m.subject(), m.displayName()));
        bookings.staffWithHours().forEach(people::putIfAbsent);
        return people;
    }
}
