package fi.tyollisyystalo.booking.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.booking.AppointmentType;
import fi.tyollisyystalo.booking.BookingPages;
import fi.tyollisyystalo.booking.BookingRefused;
import fi.tyollisyystalo.booking.BookingRequest;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.FreeTime;
import fi.tyollisyystalo.booking.OfferMessage;
import fi.tyollisyystalo.booking.Way;
import fi.tyollisyystalo.identity.ClientLookup;
import fi.tyollisyystalo.identity.ClientSummary;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.StaffDirectory;
import fi.tyollisyystalo.messaging.MessagesPages;

/**
 * Staff book for a client: the client by identity code (found with purpose "client meeting", audited), any
 * active type, the staff member (self by default, or a colleague), the way, further colleagues for a network
 * meeting, a free time of that staff member, the number to call, interpreter and language. A bad identity
 * code or a time taken meanwhile is said at its field; nothing chosen is lost.
 */
@Route(value = BookingPages.STAFF_BOOK, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class StaffBookView extends Div implements HasDynamicTitle {

    private final Bookings bookings;
    private final ClientLookup lookup;
    private final Paragraph client = new Paragraph();
    private final Select<AppointmentType> type = new NamedSelect<>();
    private final Select<String> staff = new NamedSelect<>();
    private final Select<Way> way = new NamedSelect<>();
    private final MultiSelectComboBox<String> others = new MultiSelectComboBox<>();
    private final Select<FreeTime> time = new NamedSelect<>();
    private final TextField phone = new TextField();
    private final Checkbox interpreter = new Checkbox();
    private final Select<String> language = new NamedSelect<>();
    private final Paragraph result = new Paragraph();
    private final MultiSelectComboBox<FreeTime> offerTimes = new MultiSelectComboBox<>();
    private final Paragraph offerResult = new Paragraph();
    private @Nullable ClientSummary found;

    StaffBookView(Bookings bookings, PersonService persons, StaffDirectory directory, CurrentUser currentUser) {
        this.bookings = bookings;
        this.lookup = new ClientLookup(persons, "staffbook-hetu", "staffbook-find", "booking.staffbook.find",
                () -> Optional.of(Purpose.APPOINTMENT), this::clientFound).whenStarting(() -> {
                    found = null;
                    client.setText("");
                });
        addClassNames("tt-page", "tt-staff-book");
        add(new H1(getTranslation("booking.staffbook.title")), new Paragraph(getTranslation("booking.staffbook.lead")));
        result.setId("staffbook-result");
        result.getElement().setAttribute("role", "alert");
        String me = currentUser.get().map(CurrentUser.SignedInUser::subject).orElse("");
        Map<String, String> people = StaffPeople.of(currentUser, directory, bookings);

        Section form = new Section();
        form.addClassName("tt-form");
        client.setId("staffbook-client");
        lookup.getStyle().set("display", "flex");

        type.setId("staffbook-type");
        type.setLabel(getTranslation("booking.book.type"));
        type.setItems(bookings.staffTypes());
        type.setItemLabelGenerator(t -> getTranslation("booking.book.type.item", t.name().in(getLocale()), t.minutes()));
        staff.setId("staffbook-staff");
        staff.setLabel(getTranslation("booking.staffbook.staff"));
        staff.setItems(people.keySet());
        staff.setItemLabelGenerator(people::get);
        staff.setValue(me);
        way.setId("staffbook-way");
        way.setLabel(getTranslation("booking.staffbook.way"));
        way.setItemLabelGenerator(w -> getTranslation("booking.way." + w.name()));
        others.setId("staffbook-others");
        others.setLabel(getTranslation("booking.staffbook.others"));
        others.setWidthFull();
        others.setHelperText(getTranslation("booking.staffbook.others.help"));
        others.setItems(people.keySet());
        others.setItemLabelGenerator(people::get);
        time.setId("staffbook-time");
        time.setLabel(getTranslation("booking.staffbook.time"));
        time.setItemLabelGenerator(f -> Formats.day(f.start().atZone(Formats.HELSINKI).toLocalDate(), getLocale())
                + " " + Formats.time(f.start(), getLocale()) + (f.location() == null ? "" : " · " + f.location()));
        phone.setId("staffbook-phone");
        phone.setLabel(getTranslation("booking.book.phone"));
        phone.setMaxLength(40);
        phone.setVisible(false);
        interpreter.setId("staffbook-interpreter");
        interpreter.setLabel(getTranslation("booking.book.interpreter"));
        language.setId("staffbook-language");
        language.setLabel(getTranslation("booking.book.meeting-language"));
        language.setItems("fi", "sv", "en");
        language.setItemLabelGenerator(l -> getTranslation("booking.language." + l));
        language.setValue("fi");
        type.addValueChangeListener(e -> {
            refreshWays();
            refreshTimes();
        });
        time.addValueChangeListener(e -> refreshWays());
        staff.addValueChangeListener(e -> refreshTimes());
        way.addValueChangeListener(e -> phone.setVisible(e.getValue() == Way.PHONE));
        Button book = new Button(getTranslation("booking.staffbook.book"), e -> book());
        book.setId("staffbook-book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(lookup, client, type, staff, way, others, time, phone, language, interpreter, new Div(book));

        // or: offer the client some of these times in a secure message, for them to pick one
        Section offer = new Section(new H2(getTranslation("booking.staffbook.offer.heading")),
                new Paragraph(getTranslation("booking.staffbook.offer.lead")));
        offer.addClassName("tt-form");
        offerTimes.setId("staffbook-offer-times");
        offerTimes.setLabel(getTranslation("booking.staffbook.offer.times"));
        offerTimes.setWidthFull();
        offerTimes.setItemLabelGenerator(f -> time.getItemLabelGenerator().apply(f));
        offerResult.setId("staffbook-offer-result");
        offerResult.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("booking.staffbook.offer.send"), e -> sendOffer());
        send.setId("staffbook-offer-send");
        offer.add(offerTimes, new Div(send), offerResult);
        add(result, form, offer);
    }

    /** Records the offer and sends the client a message with the times and the link to pick one. */
    private void sendOffer() {
        offerResult.removeAll();
        if (found == null) {
            lookup.fieldError("booking.staffbook.hetu.required");
            return;
        }
        AppointmentType t = type.getValue();
        if (t == null || way.getValue() == null || offerTimes.getSelectedItems().isEmpty()) {
            offerTimes.setErrorMessage(getTranslation("booking.staffbook.offer.times.required"));
            offerTimes.setInvalid(true);
            offerTimes.focus();
            return;
        }
        List<FreeTime> chosen = offerTimes.getSelectedItems().stream()
                .sorted(java.util.Comparator.comparing(FreeTime::start)).toList();
        try {
            String lines = chosen.stream().map(f -> "– " + time.getItemLabelGenerator().apply(f))
                    .collect(java.util.stream.Collectors.joining("\n"));
            long thread = bookings.offerByMessage(found.personId(), t.id(), way.getValue(), chosen,
                    offerId -> new OfferMessage(getTranslation("booking.staffbook.offer.subject"),
                            getTranslation("booking.staffbook.offer.message", t.name().in(getLocale()),
                                    getTranslation("booking.way." + way.getValue().name()), lines, "["
                                            + getTranslation("booking.staffbook.offer.link") + "](/"
                                            + BookingPages.offer(offerId) + ")")));
            offerTimes.clear();
            offerTimes.setInvalid(false);
            offerResult.add(new Span(getTranslation("booking.staffbook.offer.sent") + " "),
                    new Anchor("/" + MessagesPages.team(thread), getTranslation("booking.staffbook.offer.thread")));
        } catch (BookingRefused refused) {
            offerTimes.setErrorMessage(getTranslation(refused.messageKey()));
            offerTimes.setInvalid(true);
            refreshTimes();
        }
    }

    private @Nullable String clientFound(ClientSummary c) {
        found = c;
        client.setText(getTranslation("booking.staffbook.client", c.givenName() + " " + c.familyName(),
                c.maskedHetu()));
        if (c.phone() != null && phone.isEmpty()) {
            phone.setValue(c.phone());
        }
        return null;
    }

    /**
     * The ways the type allows, and of them only those the chosen time's hours can give: no meeting in person in
     * hours without a place (phone and video hours). The way chosen stays when it is still possible.
     */
    private void refreshWays() {
        AppointmentType t = type.getValue();
        FreeTime at = time.getValue();
        List<Way> possible = t == null ? List.of() : t.ways().stream()
                .filter(w -> w != Way.IN_PERSON || at == null || at.location() != null).sorted().toList();
        Way chosen = way.getValue();
        way.setItems(possible);
        way.setValue(chosen != null && possible.contains(chosen) ? chosen : possible.stream().findFirst().orElse(null));
    }

    private void refreshTimes() {
        AppointmentType t = type.getValue();
        if (t == null || staff.getValue() == null) {
            time.setItems(List.of());
            offerTimes.setItems(List.of());
            return;
        }
        List<FreeTime> free = bookings.freeTimesOf(t.id(), staff.getValue(), Instant.EPOCH, 40);
        time.setItems(free);
        offerTimes.setItems(free);
    }

    private void book() {
        result.setText("");
        if (found == null) {
            lookup.fieldError("booking.staffbook.hetu.required");
            return;
        }
        if (type.getValue() == null || way.getValue() == null || time.getValue() == null) {
            time.setErrorMessage(getTranslation("booking.staffbook.time.required"));
            time.setInvalid(true);
            return;
        }
        FreeTime f = time.getValue();
        try {
            long id = bookings.bookFor(found.personId(), new BookingRequest(type.getValue().id(), f.staffSubject(),
                    f.start(), way.getValue(), phone.getValue(), interpreter.getValue(), language.getValue(),
                    List.copyOf(others.getSelectedItems())));
            getUI().ifPresent(ui -> ui.navigate(BookingPages.staff(id)));
        } catch (BookingRefused refused) {
            if (refused.reason() == BookingRefused.Reason.PHONE) {
                phone.setErrorMessage(getTranslation(refused.messageKey()));
                phone.setInvalid(true);
                return;
            }
            result.setText(getTranslation(refused.messageKey()));
            refreshTimes();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.staffbook.title") + " – " + getTranslation("app.name");
    }
}
