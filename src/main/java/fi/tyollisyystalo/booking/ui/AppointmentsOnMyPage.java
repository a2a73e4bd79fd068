package fi.tyollisyystalo.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import fi.tyollisyystalo.base.ui.MyPageSection;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.booking.Appointment;
import fi.tyollisyystalo.booking.BookingPages;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.MyAppointments;

/** My page's appointments section: the next appointment, or the way to book one. */
@org.springframework.stereotype.Component
class AppointmentsOnMyPage implements MyPageSection {

    private final Bookings bookings;

    AppointmentsOnMyPage(Bookings bookings) {
        this.bookings = bookings;
    }

    @Override
    public int order() {
        return 18;
    }

    @Override
    public String key() {
        return "appointments";
    }

    @Override
    public Component build() {
        UI ui = UI.getCurrent();
        Section s = new Section(new H2(ui.getTranslation("mypage.appointments.heading")));
        s.setId("mypage-appointments");
        s.addClassName("tt-mypage__section");
        MyAppointments mine = bookings.mine();
        if (mine.coming().isEmpty()) {
            s.add(new Paragraph(ui.getTranslation("booking.mypage.none")));
        } else {
            Appointment next = mine.coming().getFirst();
            s.add(new Paragraph(new Anchor("/" + BookingPages.mine(next.id()), ui.getTranslation("booking.mypage.next",
                    next.type().name().in(ui.getLocale()), AppointmentTexts.when(next, ui.getLocale(),
                            (k, args) -> ui.getTranslation(k, args))))));
            if (mine.coming().size() > 1) {
                s.add(new Paragraph(ui.getTranslation("booking.mypage.more", mine.coming().size() - 1)));
            }
        }
        s.add(new Paragraph(new Anchor(Pages.href(MyAppointmentsView.class), ui.getTranslation("booking.mypage.open")),
                new com.vaadin.flow.component.html.Span(" · "),
                new Anchor(Pages.href(BookTimeView.class), ui.getTranslation("booking.mine.book"))));
        return s;
    }
}
