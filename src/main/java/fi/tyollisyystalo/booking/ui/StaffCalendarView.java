package fi.tyollisyystalo.booking.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.booking.Appointment;
import fi.tyollisyystalo.booking.BookingPages;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.StaffDirectory;

/**
 * The staff calendar, built from plain elements and a CSS grid (no commercial calendar): the week of one staff
 * member (a column a day) or one day of the whole team (a column a person), 7.00–18.00 in quarter hours. Each
 * appointment is a link with its whole text (time, client, what, how), in time order inside its column, so a
 * screen reader and a keyboard get the same as the eye. The address keeps the choice ({@code ?staff=&date=&view=});
 * values that do not parse are ignored.
 */
@Route(value = BookingPages.CALENDAR, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class StaffCalendarView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final LocalTime FIRST = LocalTime.of(7, 0);
    private static final LocalTime LAST = LocalTime.of(18, 0);

    private final Bookings bookings;
    private final StaffDirectory directory;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    StaffCalendarView(Bookings bookings, StaffDirectory directory, CurrentUser currentUser, java.time.Clock clock) {
        this.clock = clock;
        this.bookings = bookings;
        this.directory = directory;
        this.currentUser = currentUser;
        addClassNames("tt-page", "tt-calendar-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        String me = currentUser.get().map(CurrentUser.SignedInUser::subject).orElse("");
        Map<String, String> people = StaffPeople.of(currentUser, directory, bookings);
        String staff = q.getSingleParameter("staff").filter(people::containsKey).orElse(me);
        boolean day = q.getSingleParameter("view").filter("day"::equals).isPresent();
        LocalDate date = q.getSingleParameter("date").flatMap(StaffCalendarView::date)
                .orElse(HelsinkiTime.today(clock));
        build(people, staff, day, date);
    }

    private void build(Map<String, String> people, String staff, boolean dayView, LocalDate date) {
        removeAll();
        add(new H1(getTranslation("booking.calendar.title")));
        Div tools = new Div();
        tools.addClassName("tt-calendar-tools");
        Select<String> who = new NamedSelect<>();
        who.setId("calendar-staff");
        who.setLabel(getTranslation("booking.calendar.staff"));
        who.setItems(people.keySet());
        who.setItemLabelGenerator(people::get);
        who.setValue(staff);
        who.setVisible(!dayView);
        who.addValueChangeListener(e -> go(e.getValue(), dayView, date));
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int step = dayView ? 1 : 7;
        Anchor previous = link(getTranslation(dayView ? "booking.calendar.previous-day" : "booking.calendar.previous-week"),
                staff, dayView, date.minusDays(step));
        previous.setId("calendar-previous");
        Anchor next = link(getTranslation(dayView ? "booking.calendar.next-day" : "booking.calendar.next-week"), staff,
                dayView, date.plusDays(step));
        next.setId("calendar-next");
        Anchor other = link(getTranslation(dayView ? "booking.calendar.week-view" : "booking.calendar.team-day"), staff,
                !dayView, date);
        other.setId("calendar-switch");
        Anchor book = new Anchor(Pages.href(StaffBookView.class), getTranslation("booking.calendar.book"));
        book.setId("calendar-book");
        book.addClassName("tt-button-link");
        Anchor hours = new Anchor(Pages.href(AvailabilityView.class), getTranslation("booking.calendar.hours"));
        hours.setId("calendar-hours");
        tools.add(who, previous, next, other, book, hours);
        add(tools);

        List<LocalDate> days = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        if (dayView) {
            days.add(date);
            columns.addAll(people.keySet());
        } else {
            for (int i = 0; i < 7; i++) {
                days.add(monday.plusDays(i));
            }
            columns.add(staff);
        }
        Instant from = days.getFirst().atStartOfDay(HelsinkiTime.ZONE).toInstant();
        Instant to = days.getLast().plusDays(1).atStartOfDay(HelsinkiTime.ZONE).toInstant();
        List<Appointment> found = bookings.calendar(columns, from, to);
        if (!dayView) {
            // the weekend only when something is booked on it
            days.removeIf(d -> d.getDayOfWeek().getValue() > 5 && found.stream()
                    .noneMatch(a -> a.start().atZone(HelsinkiTime.ZONE).toLocalDate().equals(d)));
        }
        add(new H2(dayView ? Formats.day(date, getLocale()) : getTranslation("booking.calendar.week-of",
                people.get(staff), Formats.date(monday, getLocale()), Formats.date(monday.plusDays(6), getLocale()))));

        Div grid = new Div();
        grid.setId("calendar");
        grid.addClassName("tt-calendar");
        int count = dayView ? columns.size() : days.size();
        grid.getStyle().set("--tt-calendar-columns", String.valueOf(count));
        grid.add(hours());
        for (int c = 0; c < count; c++) {
            LocalDate d = dayView ? date : days.get(c);
            String subject = dayView ? columns.get(c) : staff;
            Section column = new Section();
            column.addClassName("tt-calendar__column");
            column.getStyle().set("grid-column", String.valueOf(c + 2));
            Span heading = new Span(dayView ? people.get(subject) : Formats.day(d, getLocale()));
            heading.addClassName("tt-calendar__heading");
            heading.getElement().setAttribute("role", "heading");
            heading.getElement().setAttribute("aria-level", "3");
            column.add(heading);
            int shown = 0;
            for (Appointment a : found) {
                ZonedDateTime start = a.start().atZone(HelsinkiTime.ZONE);
                boolean mine = a.staffSubject().equals(subject) || dayView && a.otherStaff().contains(people.get(subject));
                if (!start.toLocalDate().equals(d) || !(dayView ? mine : true)) {
                    continue;
                }
                column.add(block(a, start));
                shown++;
            }
            if (shown == 0) {
                Span empty = new Span(getTranslation("booking.calendar.empty"));
                empty.addClassName("tt-visually-hidden");
                column.add(empty);
            }
            grid.add(column);
        }
        add(grid);
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("booking.calendar.none")));
        }
    }

    private Div hours() {
        Div hours = new Div();
        hours.addClassName("tt-calendar__hours");
        hours.getElement().setAttribute("aria-hidden", "true");
        for (LocalTime t = FIRST; t.isBefore(LAST); t = t.plusHours(1)) {
            Span h = new Span(t.getHour() + (getLocale().getLanguage().equals("en") ? ":00" : ".00"));
            h.getStyle().set("grid-row", row(t) + " / span 4");
            hours.add(h);
        }
        return hours;
    }

    private Anchor block(Appointment a, ZonedDateTime start) {
        LocalTime s = start.toLocalTime();
        LocalTime e = a.end().atZone(HelsinkiTime.ZONE).toLocalTime();
        int first = row(s.isBefore(FIRST) ? FIRST : s);
        int span = Math.max(1, (int) Duration.between(s, e).toMinutes() / 15);
        String text = Formats.time(a.start(), getLocale()) + "–" + Formats.time(a.end(), getLocale()) + " "
                + (a.clientName() == null ? "" : a.clientName()) + ", " + a.type().name().in(getLocale()) + ", "
                + getTranslation("booking.way." + a.way().name())
                + (a.status() == fi.tyollisyystalo.booking.AppointmentStatus.BOOKED ? ""
                        : " (" + getTranslation("booking.status." + a.status().name()) + ")");
        Anchor link = new Anchor("/" + BookingPages.staff(a.id()), text);
        link.addClassNames("tt-calendar__appointment", "tt-calendar__appointment--" + a.status().name().toLowerCase(
                java.util.Locale.ROOT));
        link.getStyle().set("grid-row", first + " / span " + span);
        return link;
    }

    /** The grid row of a time: row 1 is the headings, then a row a quarter hour from 7.00. */
    private static int row(LocalTime t) {
        return 2 + (int) Duration.between(FIRST, t).toMinutes() / 15;
    }

    private Anchor link(String text, String staff, boolean dayView, LocalDate date) {
        return new Anchor(Pages.href(StaffCalendarView.class) + "?staff=" + java.net.URLEncoder.encode(staff,
                java.nio.charset.StandardCharsets.UTF_8) + "&date=" + date + (dayView ? "&view=day" : ""), text);
    }

    private void go(String staff, boolean dayView, LocalDate date) {
        getUI().ifPresent(ui -> ui.navigate(BookingPages.CALENDAR, QueryParameters.simple(dayView
                ? Map.of("staff", staff, "date", date.toString(), "view", "day")
                : Map.of("staff", staff, "date", date.toString()))));
    }

    private static java.util.Optional<LocalDate> date(String raw) {
        try {
            LocalDate d = LocalDate.parse(raw);
            return d.getYear() < 2000 || d.getYear() > 2100 ? java.util.Optional.empty() : java.util.Optional.of(d);
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.calendar.title") + " – " + getTranslation("app.name");
    }
}
