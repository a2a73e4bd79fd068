package fi.tyollisyystalo.booking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar file (RFC 5545, iTIP RFC 5546) of one appointment, written with ical4j: times in UTC, the
 * appointment's stable UID, DTSTAMP of its last change, SEQUENCE raised at every move and at the cancel, METHOD
 * REQUEST while booked and CANCEL once cancelled, so calendar programs update or remove the event. The summary
 * and description are neutral (no type name, no health words): a calendar is often shared or synced to a work
 * phone. The attendee is a URN of the appointment, not the resident's address.
 */
final class CalendarFiles {

    private static final String[] SUMMARY = {"Tapaaminen", "Möte", "Appointment"};
    private static final String[] DESCRIPTION = {"Tiedot ja muutokset: Työllisyystalo, Omat ajanvaraukset.",
        "Uppgifter och ändringar: Työllisyystalo, Mina tidsbokningar.",
        "Details and changes: Työllisyystalo, My appointments."};
    private static final String[] PHONE = {"Puhelu", "Telefonsamtal", "Phone call"};
    private static final String[] VIDEO = {"Videotapaaminen", "Videomöte", "Video meeting"};

    private CalendarFiles() {
    }

    static byte[] of(Appointment a, String uid, int sequence, Instant stamp, String organisation) {
        int lang = switch (a.language()) {
            case "sv" -> 1;
            case "en" -> 2;
            default -> 0;
        };
        boolean cancelled = a.status() == AppointmentStatus.CANCELLED;
        VEvent event = new VEvent(false);
        event.add(new DtStamp(stamp));
        event.add(new net.fortuna.ical4j.model.property.DtStart<>(a.start()));
        event.add(new net.fortuna.ical4j.model.property.DtEnd<>(a.end()));
        event.add(new net.fortuna.ical4j.model.property.Summary(SUMMARY[lang] + " – " + organisation));
        event.add(new Uid(uid + "@tyollisyystalo.fi"));
        event.add(new Sequence(sequence));
        event.add(new Description(DESCRIPTION[lang]));
        String where = switch (a.way()) {
            case IN_PERSON -> a.location() == null ? "" : a.location();
            case PHONE -> PHONE[lang];
            case VIDEO -> VIDEO[lang];
        };
        if (!where.isBlank()) {
            event.add(new Location(where));
        }
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Organizer organizer = new Organizer(URI.create("mailto:noreply@tyollisyystalo.fi"));
        organizer.add(new Cn(organisation));
        event.add(organizer);
        event.add(new Attendee(URI.create("urn:uuid:" + uid.toLowerCase(Locale.ROOT))));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Työllisyystalo//Booking//FI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
