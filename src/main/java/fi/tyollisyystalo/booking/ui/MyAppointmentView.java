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
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.booking.Appointment;
import fi.tyollisyystalo.booking.AppointmentNotFoundException;
import fi.tyollisyystalo.booking.BookingPages;
import fi.tyollisyystalo.booking.BookingRefused;
import fi.tyollisyystalo.booking.BookingSettings;
import fi.tyollisyystalo.booking.EarlierTime;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.pdf.PdfRenderer;
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
    private final PdfRenderer pdf;
    private final BookingSettings settings;
    private final Clock clock;
    private long id;
    private String title = "";

    MyAppointmentView(Bookings bookings, PdfRenderer pdf, BookingSettings settings, Clock clock) {
        this.bookings = bookings;
        this.pdf = pdf;
        this.settings = settings;
        this.clock = clock;
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
        show(done, null);
    }

    /** Shows the appointment; {@code note} (a translation key) is said first, e.g. what a button just did. */
    private void show(String done, @Nullable String note) {
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
            // the download runs outside the UI's request: the page's language is taken along
            java.util.Locale locale = getLocale();
            Anchor print = new Anchor(DownloadHandler.fromInputStream(event -> {
                Appointment current = bookings.myAppointment(id);
                byte[] bytes = pdf.render(AppointmentPdf.xhtml(current, locale,
                        LocalDate.now(clock.withZone(Formats.HELSINKI)), settings.organisationName(),
                        (k, args) -> getTranslation(locale, k, args)));
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        getTranslation(locale, "booking.pdf.filename"), "application/pdf", bytes.length);
            }), getTranslation("booking.pdf.link"));
            print.setId("appointment-pdf");
            Div files = new Div(calendar, print);
            files.addClassName("tt-actions");
            add(files);
            add(earlier(a, note));
            add(changes(a));
        } else if (note != null) {
            add(status(note));
        }
    }

    /** Asking for an earlier time; a freed time kept for the resident, to take or let pass. */
    private Section earlier(Appointment a, @Nullable String note) {
        Section s = new Section(new H2(getTranslation("booking.earlier.heading")));
        s.setId("appointment-earlier");
        if (note != null) {
            s.add(status(note));
        }
        EarlierTime e = bookings.earlierTime(id);
        switch (e.state()) {
            case NONE -> s.setVisible(note != null);
            case CAN_ASK -> {
                s.add(new Paragraph(getTranslation("booking.earlier.lead")));
                s.add(button("appointment-earlier-ask", "booking.earlier.ask", () -> bookings.askEarlier(id), null,
                        true));
            }
            case WAITING -> {
                s.add(new Paragraph(getTranslation("booking.earlier.waiting")));
                s.add(button("appointment-earlier-stop", "booking.earlier.stop", () -> bookings.stopWaiting(id),
                        "booking.earlier.stopped", false));
            }
            case OFFERED -> {
                Instant start = java.util.Objects.requireNonNull(e.start());
                Paragraph offer = new Paragraph(getTranslation("booking.earlier.offered",
                        getTranslation("booking.when", Formats.day(start.atZone(Formats.HELSINKI).toLocalDate(),
                                getLocale()), Formats.time(start, getLocale()),
                                Formats.time(java.util.Objects.requireNonNull(e.end()), getLocale())),
                        e.staffName(), Formats.dateTime(java.util.Objects.requireNonNull(e.keptUntil()), getLocale())));
                offer.setId("appointment-earlier-offer");
                offer.addClassName("tt-notice");
                Button take = new Button(getTranslation("booking.earlier.take"), click -> {
                    try {
                        bookings.takeEarlierTime(id, a.version());
                        show("moved");
                    } catch (BookingRefused refused) {
                        show("", refused.messageKey());
                    }
                });
                take.setId("appointment-earlier-take");
                take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                take.setDisableOnClick(true);
                Div actions = new Div(take, button("appointment-earlier-decline", "booking.earlier.decline",
                        () -> bookings.declineEarlierTime(id), "booking.earlier.declined", false));
                actions.addClassName("tt-actions");
                s.add(offer, actions);
            }
        }
        return s;
    }

    private Button button(String buttonId, String label, Runnable action, @Nullable String then, boolean primary) {
        Button b = new Button(getTranslation(label), click -> {
            try {
                action.run();
                show("", then);
            } catch (BookingRefused refused) {
                show("", refused.messageKey());
            }
            // the section was drawn again: keep the keyboard in it
            getElement().executeJs("document.getElementById('appointment-earlier')?.querySelector('h2')?.focus()");
        });
        b.setId(buttonId);
        b.setDisableOnClick(true);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    private Paragraph status(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId("appointment-earlier-status");
        p.getElement().setAttribute("role", "status");
        p.addClassName("tt-success");
        return p;
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
