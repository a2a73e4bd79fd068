package fi.tyollisyystalo.booking.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.booking.Appointment;
import fi.tyollisyystalo.booking.BookingPages;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.AppointmentOffer;
import fi.tyollisyystalo.booking.MyAppointments;

/** The resident's appointments: the coming ones first, then the past and cancelled ones; the way to book. */
@Route(value = BookingPages.MINE, layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class MyAppointmentsView extends Div implements HasDynamicTitle {

    MyAppointmentsView(Bookings bookings) {
        addClassNames("tt-page", "tt-appointments");
        add(new H1(getTranslation("booking.mine.title")), new Paragraph(getTranslation("booking.mine.lead")));
        Anchor book = new Anchor(Pages.href(BookTimeView.class), getTranslation("booking.mine.book"));
        book.setId("book-new");
        book.addClassName("tt-button-link");
        add(new Paragraph(book));
        List<AppointmentOffer> offers = bookings.myOpenOffers();
        if (!offers.isEmpty()) {
            Section s = new Section(new H2(getTranslation("booking.mine.offers")));
            s.setId("my-offers");
            UnorderedList list = new UnorderedList();
            list.addClassName("tt-appointment-list");
            for (AppointmentOffer o : offers) {
                list.add(new ListItem(new Anchor("/" + BookingPages.offer(o.id()), getTranslation("booking.mine.offer.item",
                        o.type().name().in(getLocale()), o.offeredByName()))));
            }
            s.add(list);
            add(s);
        }
        MyAppointments mine = bookings.mine();
        add(list("booking.mine.coming", "my-coming", mine.coming(), "booking.mine.none"));
        add(list("booking.mine.past", "my-past", mine.past(), "booking.mine.none-past"));
    }

    private Section list(String heading, String id, List<Appointment> items, String empty) {
        Section s = new Section(new H2(getTranslation(heading)));
        s.setId(id);
        if (items.isEmpty()) {
            s.add(new Paragraph(getTranslation(empty)));
            return s;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("tt-appointment-list");
        for (Appointment a : items) {
            Anchor link = new Anchor("/" + BookingPages.mine(a.id()), a.type().name().in(getLocale()));
            ListItem item = new ListItem(link, new Paragraph(AppointmentTexts.when(a, getLocale(),
                    (k, args) -> getTranslation(k, args))));
            item.add(new Paragraph(getTranslation("booking.way." + a.way().name()) + " · " + a.staffName()));
            if (!AppointmentTexts.active(a)) {
                Span state = new Span(getTranslation("booking.status." + a.status().name()));
                state.addClassName("tt-badge");
                item.add(state);
            }
            list.add(item);
        }
        s.add(list);
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.mine.title") + " – " + getTranslation("app.name");
    }
}
