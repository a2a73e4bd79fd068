package fi.tyollisyystalo.booking.ui;

import java.util.Locale;
import java.util.function.BiFunction;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.ui.FactList;
import fi.tyollisyystalo.booking.Appointment;
import fi.tyollisyystalo.booking.AppointmentStatus;
import fi.tyollisyystalo.booking.Way;

/** How an appointment reads on the pages: when, how, where, with whom. */
final class AppointmentTexts {

    private AppointmentTexts() {
    }

    /** "tiistai 23.3.2027 klo 9.00–10.00". */
    static String when(Appointment a, Locale locale, BiFunction<String, Object[], String> t) {
        return t.apply("booking.when", new Object[] {Formats.day(a.start().atZone(Formats.HELSINKI).toLocalDate(),
                locale), Formats.time(a.start(), locale), Formats.time(a.end(), locale)});
    }

    /** Where, in words: the address, "by phone, we call 040…", or "video link in a message". */
    static String where(Appointment a, BiFunction<String, Object[], String> t) {
        return switch (a.way()) {
            case IN_PERSON -> a.location() == null ? "" : a.location();
            case PHONE -> t.apply("booking.where.PHONE", new Object[] {a.phone() == null ? "" : a.phone()});
            case VIDEO -> t.apply("booking.where.VIDEO", new Object[0]);
        };
    }

    /** A label and its value, as the page's fact list and the PDF show them. */
    record Fact(String label, String value) {
    }

    static FactList facts(Appointment a, Locale locale, BiFunction<String, Object[], String> t, boolean staff) {
        FactList list = new FactList();
        rows(a, locale, t, staff).forEach(f -> list.add(f.label(), f.value()));
        return list;
    }

    static java.util.List<Fact> rows(Appointment a, Locale locale, BiFunction<String, Object[], String> t,
            boolean staff) {
        java.util.List<Fact> facts = new java.util.ArrayList<>();
        facts.add(new Fact(t.apply("booking.fact.what", new Object[0]), a.type().name().in(locale)));
        facts.add(new Fact(t.apply("booking.fact.when", new Object[0]), when(a, locale, t)));
        facts.add(new Fact(t.apply("booking.fact.way", new Object[0]), t.apply("booking.way." + a.way().name(), new Object[0])));
        if (a.way() != Way.VIDEO || staff) {
            facts.add(new Fact(t.apply("booking.fact.where", new Object[0]), where(a, t)));
        }
        String with = a.otherStaff().isEmpty() ? a.staffName()
                : a.staffName() + ", " + String.join(", ", a.otherStaff());
        facts.add(new Fact(t.apply("booking.fact.with", new Object[0]), with));
        if (staff && a.clientName() != null) {
            facts.add(new Fact(t.apply("booking.fact.client", new Object[0]), a.clientName()));
        }
        facts.add(new Fact(t.apply("booking.fact.language", new Object[0]), t.apply("booking.language." + a.language(), new Object[0])
                + (a.interpreter() ? " – " + t.apply("booking.fact.interpreter", new Object[0]) : "")));
        facts.add(new Fact(t.apply("booking.fact.status", new Object[0]), t.apply("booking.status." + a.status().name(),
                new Object[0])));
        return facts;
    }

    static boolean active(Appointment a) {
        return a.status() == AppointmentStatus.BOOKED;
    }
}
