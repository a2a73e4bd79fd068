package fi.tyollisyystalo.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
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
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.booking.AppointmentNotFoundException;
import fi.tyollisyystalo.booking.AppointmentOffer;
import fi.tyollisyystalo.booking.BookingPages;
import fi.tyollisyystalo.booking.BookingRefused;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.FreeTime;
import fi.tyollisyystalo.booking.Way;
import fi.tyollisyystalo.identity.PersonService;

/**
 * The times a staff member offered the resident (the link comes in a secure message): pick one, give the number
 * to call for a phone meeting, the language and the interpreter need, and book. A used offer leads to its
 * appointment; times taken or past meanwhile are not shown. Another person's offer is the same 404 as a
 * missing one.
 */
@Route(value = BookingPages.OFFER + "/:offerId([0-9]+)", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class OfferedTimesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Bookings bookings;
    private final PersonService persons;
    // kept across redraws (a time taken meanwhile): what the resident typed stays
    private final RadioButtonGroup<FreeTime> times = new RadioButtonGroup<>();
    private final TextField phone = new TextField();
    private final Select<String> language = new NamedSelect<>();
    private final Checkbox interpreter = new Checkbox();
    private boolean prepared;
    private long id;

    OfferedTimesView(Bookings bookings, PersonService persons) {
        this.bookings = bookings;
        this.persons = persons;
        addClassNames("tt-page", "tt-offer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.required(event, "offerId");
        try {
            show(null);
        } catch (AppointmentNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(@org.jspecify.annotations.Nullable String problem) {
        AppointmentOffer offer = bookings.myOffer(id);
        removeAll();
        add(new Paragraph(new Anchor(Pages.href(MyAppointmentsView.class), getTranslation("booking.mine.back"))));
        add(new H1(getTranslation("booking.offer.title")));
        Paragraph alert = new Paragraph();
        alert.setId("offer-problem");
        alert.getElement().setAttribute("role", "alert");
        if (problem != null) {
            alert.setText(getTranslation(problem));
            alert.addClassName("tt-alert");
        }
        add(alert);
        if (offer.status() == AppointmentOffer.Status.BOOKED && offer.appointmentId() != null) {
            Paragraph used = new Paragraph(getTranslation("booking.offer.used"));
            used.setId("offer-used");
            add(used, new Paragraph(new Anchor("/" + BookingPages.mine(offer.appointmentId()),
                    getTranslation("booking.offer.see-appointment"))));
            return;
        }
        add(new Paragraph(getTranslation("booking.offer.lead", offer.offeredByName(),
                offer.type().name().in(getLocale()), getTranslation("booking.way." + offer.way().name()))));
        if (offer.status() != AppointmentOffer.Status.OPEN || offer.times().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("booking.offer.none"));
            none.setId("offer-none");
            add(none, new Paragraph(new Anchor(Pages.href(MyAppointmentsView.class), getTranslation("booking.mine.title"))));
            return;
        }
        times.setItems(offer.times());
        prepare(offer.way());
        Button book = new Button(getTranslation("booking.offer.book"));
        book.setId("offer-book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(click -> {
            FreeTime chosen = times.getValue();
            if (chosen == null) {
                times.setErrorMessage(getTranslation("booking.offer.choose"));
                times.setInvalid(true);
                times.getElement().callJsFunction("focus");
                return;
            }
            try {
                long appointment = bookings.bookOffered(id, chosen, phone.getValue(), interpreter.getValue(),
                        language.getValue());
                getUI().ifPresent(ui -> ui.navigate(BookingPages.mine(appointment),
                        com.vaadin.flow.router.QueryParameters.of("done", "booked")));
            } catch (BookingRefused refused) {
                if (refused.reason() == BookingRefused.Reason.PHONE) {
                    phone.setErrorMessage(getTranslation(refused.messageKey()));
                    phone.setInvalid(true);
                    phone.focus();
                    return;
                }
                // drawn again without the time that went; what was typed is kept
                show(refused.messageKey());
            }
        });
        Div form = new Div(times, phone, language, interpreter, new Div(book));
        form.addClassName("tt-form");
        add(form);
    }

    private void prepare(Way way) {
        if (prepared) {
            return;
        }
        prepared = true;
        times.setLabel(getTranslation("booking.offer.times"));
        times.setId("offer-times");
        times.setItemLabelGenerator(f -> getTranslation("booking.when", Formats.day(f.start().atZone(Formats.HELSINKI)
                .toLocalDate(), getLocale()), Formats.time(f.start(), getLocale()), Formats.time(f.end(), getLocale()))
                + " · " + f.staffName() + (f.location() == null ? "" : " · " + f.location()));
        times.addThemeName("vertical");
        times.setRequiredIndicatorVisible(true);
        times.addValueChangeListener(e -> times.setInvalid(false));
        phone.setLabel(getTranslation("booking.book.phone"));
        phone.setId("offer-phone");
        phone.setHelperText(getTranslation("booking.book.phone.help"));
        phone.setMaxLength(40);
        phone.setVisible(way == Way.PHONE);
        if (way == Way.PHONE) {
            String known = persons.myProfile().phone();
            phone.setValue(known == null ? "" : known);
        }
        language.setId("offer-language");
        language.setLabel(getTranslation("booking.book.meeting-language"));
        language.setItems("fi", "sv", "en");
        language.setItemLabelGenerator(l -> getTranslation("booking.language." + l));
        String mine = getLocale().getLanguage();
        language.setValue(java.util.List.of("fi", "sv", "en").contains(mine) ? mine : "fi");
        interpreter.setLabel(getTranslation("booking.book.interpreter"));
        interpreter.setId("offer-interpreter");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.offer.title") + " – " + getTranslation("app.name");
    }
}
