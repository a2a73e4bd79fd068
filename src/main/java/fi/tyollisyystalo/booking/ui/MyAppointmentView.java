package fi.tyollisyystalo.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.booking.Appointment;
import fi.tyollisyystalo.booking.AppointmentNotFoundException;
import fi.tyollisyystalo.booking.BookingPages;
import fi.tyollisyystalo.booking.BookingRefused;
import fi.tyollisyystalo.booking.Bookings;

/**
 * One of the resident's appointments: what, when, how and where, with whom; the calendar file; move and cancel
 * until the change limit (after it, how to reach the team). Another person's appointment is the same 404 as a
 * missing one.
 */
@Route(value = BookingPages.MINE + "/:appointmentId([0-9]+)", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class MyAppointmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Bookings bookings;
    private long id;
    private String title = "";

    MyAppointmentView(Bookings bookings) {
        this.bookings = bookings;
        addClassNames("tt-page", "tt-appointment");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.required(event, "appointmentId");
        try {
            show(event.getLocation().getQueryParameters().getSingleParameter("done").orElse(""));
        } catch (AppointmentNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(String done) {
        Appointment a = bookings.myAppointment(id);
        title = a.type().name().in(getLocale());
        removeAll();
        add(new Paragraph(new Anchor(Pages.href(MyAppointmentsView.class), getTranslation("booking.mine.back"))));
        add(new H1(title));
        if (done.equals("booked") || done.equals("moved") || done.equals("cancelled")) {
            Paragraph ok = new Paragraph(getTranslation("booking.done." + done));
            ok.setId("appointment-done");
            ok.getElement().setAttribute("role", "status");
            ok.addClassName("tt-success");
            add(ok);
        }
        add(AppointmentTexts.facts(a, getLocale(), (k, args) -> getTranslation(k, args), false));
        if (AppointmentTexts.active(a)) {
            DownloadHandler ics = event -> {
                byte[] file;
                try {
                    file = bookings.myCalendarFile(id);
                } catch (AppointmentNotFoundException e) {
                    event.getResponse().setStatus(404);
                    return;
                }
                event.getResponse().setContentType("text/calendar; charset=UTF-8");
                event.getResponse().setHeader("Content-Disposition", "attachment; filename=\"tapaaminen.ics\"");
                event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                event.getResponse().setHeader("Cache-Control", "no-store");
                event.getOutputStream().write(file);
            };
            Anchor calendar = new Anchor(ics, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD,
                    getTranslation("booking.calendar-file"));
            calendar.setId("appointment-ics");
            add(new Paragraph(calendar));
            add(changes(a));
        }
    }

    private Section changes(Appointment a) {
        Section s = new Section(new H2(getTranslation("booking.change.heading")));
        s.setId("appointment-change");
        if (!a.changeableByResident()) {
            s.add(new Paragraph(getTranslation("booking.change.too-late")));
            return s;
        }
        s.add(new Paragraph(getTranslation("booking.change.lead")));
        Anchor move = new Anchor(Pages.href(BookTimeView.class) + "?move=" + a.id(), getTranslation("booking.change.move"));
        move.setId("appointment-move");
        Button cancel = new Button(getTranslation("booking.change.cancel"));
        cancel.setId("appointment-cancel");
        Div sure = new Div();
        sure.setId("appointment-cancel-confirm");
        sure.setVisible(false);
        Paragraph question = new Paragraph(getTranslation("booking.change.cancel.sure"));
        Button yes = new Button(getTranslation("booking.change.cancel.yes"), e -> {
            try {
                bookings.cancelMine(id, a.version());
                show("cancelled");
            } catch (BookingRefused refused) {
                show("");
                Paragraph why = new Paragraph(getTranslation(refused.messageKey()));
                why.getElement().setAttribute("role", "alert");
                why.addClassName("tt-alert");
                addComponentAtIndex(2, why);
            }
        });
        yes.setId("appointment-cancel-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        yes.setDisableOnClick(true);
        Button no = new Button(getTranslation("booking.change.cancel.no"), e -> {
            sure.setVisible(false);
            cancel.setVisible(true);
            cancel.focus();
        });
        sure.add(question, yes, no);
        cancel.addClickListener(e -> {
            cancel.setVisible(false);
            sure.setVisible(true);
            no.focus();
        });
        Div actions = new Div(move, cancel);
        actions.addClassName("tt-actions");
        s.add(actions, sure);
        return s;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("booking.mine.title") + " – " + getTranslation("app.name");
    }
}
