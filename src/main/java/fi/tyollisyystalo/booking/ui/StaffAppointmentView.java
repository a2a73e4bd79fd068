package fi.tyollisyystalo.booking.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.booking.Appointment;
import fi.tyollisyystalo.booking.AppointmentNotFoundException;
import fi.tyollisyystalo.booking.AppointmentStatus;
import fi.tyollisyystalo.booking.BookingPages;
import fi.tyollisyystalo.booking.BookingRefused;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.FreeTime;

/**
 * One appointment as client-work staff see it (the read is audited): the client, what, when, how; mark done
 * or no-show once it has started, move to another free time of the same staff member, or cancel on the
 * client's behalf (the client gets a notice and the calendar file changes).
 */
@Route(value = BookingPages.STAFF_APPOINTMENTS + "/:appointmentId([0-9]+)", layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class StaffAppointmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Bookings bookings;
    private final java.time.Clock clock;
    private long id;
    private final Paragraph status = new Paragraph();

    StaffAppointmentView(Bookings bookings, java.time.Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
        addClassNames("tt-page", "tt-appointment");
        status.setId("appointment-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.required(event, "appointmentId");
        try {
            show();
        } catch (AppointmentNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show() {
        Appointment a = bookings.appointment(id);
        removeAll();
        add(new Paragraph(new Anchor(Pages.href(StaffCalendarView.class) + "?staff=" + java.net.URLEncoder.encode(
                a.staffSubject(), java.nio.charset.StandardCharsets.UTF_8) + "&date="
                + a.start().atZone(Formats.HELSINKI).toLocalDate(), getTranslation("booking.calendar.back"))));
        add(new H1(a.type().name().in(getLocale()) + (a.clientName() == null ? "" : " – " + a.clientName())));
        add(status);
        add(AppointmentTexts.facts(a, getLocale(), (k, args) -> getTranslation(k, args), true));
        if (a.status() != AppointmentStatus.BOOKED) {
            return;
        }
        Section s = new Section(new H2(getTranslation("booking.staff.actions")));
        s.setId("appointment-actions");
        Div buttons = new Div();
        buttons.addClassName("tt-actions");
        if (!a.start().isAfter(clock.instant())) {
            Button done = new Button(getTranslation("booking.staff.done"), e -> act(() -> bookings.mark(id, a.version(),
                    AppointmentStatus.DONE)));
            done.setId("appointment-done-button");
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button noShow = new Button(getTranslation("booking.staff.no-show"), e -> act(() -> bookings.mark(id,
                    a.version(), AppointmentStatus.NO_SHOW)));
            noShow.setId("appointment-no-show");
            buttons.add(done, noShow);
        } else {
            List<FreeTime> free = bookings.freeTimesOf(a.type().id(), a.staffSubject(), Instant.EPOCH, 30);
            Select<FreeTime> to = new NamedSelect<>();
            to.setId("appointment-move-to");
            to.setLabel(getTranslation("booking.staff.move-to"));
            to.setItems(free);
            to.setItemLabelGenerator(f -> Formats.day(f.start().atZone(Formats.HELSINKI).toLocalDate(), getLocale()) + " "
                    + Formats.time(f.start(), getLocale()));
            to.setEmptySelectionAllowed(false);
            Button move = new Button(getTranslation("booking.staff.move"), e -> {
                if (to.getValue() == null) {
                    to.setErrorMessage(getTranslation("booking.staff.move-to.required"));
                    to.setInvalid(true);
                    return;
                }
                act(() -> bookings.moveFor(id, a.version(), to.getValue().staffSubject(), to.getValue().start()));
            });
            move.setId("appointment-move");
            Div moving = new Div(to, move);
            moving.addClassName("tt-inline-form");
            s.add(moving);
        }
        Button cancel = new Button(getTranslation("booking.staff.cancel"), e -> act(() -> bookings.cancelFor(id,
                a.version())));
        cancel.setId("appointment-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        buttons.add(cancel);
        s.add(buttons);
        add(s);
    }

    private void act(Runnable action) {
        try {
            action.run();
            show();
            status.setText(getTranslation("booking.staff.saved"));
        } catch (BookingRefused refused) {
            show();
            status.setText(getTranslation(refused.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.staff.title") + " – " + getTranslation("app.name");
    }
}
