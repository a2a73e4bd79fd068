package fi.tyollisyystalo.booking.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.booking.Appointment;
import fi.tyollisyystalo.booking.AppointmentNotFoundException;
import fi.tyollisyystalo.booking.AppointmentType;
import fi.tyollisyystalo.booking.BookingPages;
import fi.tyollisyystalo.booking.BookingRefused;
import fi.tyollisyystalo.booking.BookingRequest;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.FreeTime;
import fi.tyollisyystalo.booking.Way;
import fi.tyollisyystalo.identity.PersonService;

/**
 * The resident books a time, or moves one ({@code ?move=<id>}): what (the types they book themselves), how
 * (in person, phone, video), optionally language and place; the earliest free times across every staff
 * member who offers it, by day, a button each; then a check with the number to call for a phone meeting and
 * the interpreter need, and the booking. A time someone else took a moment earlier is said plainly and the
 * list refreshed; nothing chosen is lost. Address parameters that are not numbers are ignored.
 */
@Route(value = BookingPages.BOOK, layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class BookTimeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE = 30;

    private final Bookings bookings;
    private final PersonService persons;
    private final RadioButtonGroup<AppointmentType> type = new RadioButtonGroup<>();
    private final RadioButtonGroup<Way> way = new RadioButtonGroup<>();
    private final Select<String> language = new NamedSelect<>();
    private final TextField place = new TextField();
    private final Section times = new Section();
    private final Section confirm = new Section();
    private final Paragraph notice = new Paragraph();
    private final List<FreeTime> shown = new ArrayList<>();
    private @Nullable Appointment moving;

    BookTimeView(Bookings bookings, PersonService persons) {
        this.bookings = bookings;
        this.persons = persons;
        addClassNames("tt-page", "tt-book");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        moving = null;
        Optional<Long> move = number(event.getLocation().getQueryParameters().getSingleParameter("move"));
        if (move.isPresent()) {
            try {
                moving = bookings.myAppointment(move.get());
            } catch (AppointmentNotFoundException e) {
                moving = null;
            }
        }
        build(number(event.getLocation().getQueryParameters().getSingleParameter("type")).orElse(null));
    }

    private void build(@Nullable Long typeId) {
        add(new H1(getTranslation(moving == null ? "booking.book.title" : "booking.move.title")));
        notice.setId("book-notice");
        notice.getElement().setAttribute("role", "alert");
        notice.addClassName("tt-alert");
        notice.setVisible(false);
        if (moving != null) {
            add(new Paragraph(getTranslation("booking.move.lead", AppointmentTexts.when(moving, getLocale(),
                    (k, args) -> getTranslation(k, args)))));
        } else {
            add(new Paragraph(getTranslation("booking.book.lead")));
        }
        add(notice);
        Section choices = new Section(new H2(getTranslation("booking.book.choose")));
        choices.addClassName("tt-form");
        List<AppointmentType> offered = bookings.residentTypes();
        type.setId("book-type");
        type.setLabel(getTranslation("booking.book.type"));
        type.setItems(offered);
        type.setItemLabelGenerator(t -> getTranslation("booking.book.type.item", t.name().in(getLocale()),
                t.minutes()));
        way.setId("book-way");
        way.setLabel(getTranslation("booking.book.way"));
        way.setItemLabelGenerator(w -> getTranslation("booking.way." + w.name()));
        language.setId("book-language");
        language.setLabel(getTranslation("booking.book.language"));
        language.setItems("", "fi", "sv", "en");
        language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("booking.book.language.any")
                : getTranslation("booking.language." + l));
        language.setValue("");
        place.setId("book-place");
        place.setLabel(getTranslation("booking.book.place"));
        place.setHelperText(getTranslation("booking.book.place.help"));
        place.setMaxLength(100);
        type.addValueChangeListener(e -> typeChosen());
        way.addValueChangeListener(e -> {
            place.setVisible(e.getValue() == Way.IN_PERSON);
            search(null);
        });
        language.addValueChangeListener(e -> search(null));
        place.addValueChangeListener(e -> search(null));
        if (moving != null) {
            AppointmentType fixed = moving.type();
            type.setItems(List.of(fixed));
            type.setValue(fixed);
            type.setReadOnly(true);
            way.setItems(List.of(moving.way()));
            way.setValue(moving.way());
            way.setReadOnly(true);
        }
        choices.add(type, way, language, place);
        times.setId("book-times");
        confirm.setId("book-confirm");
        confirm.setVisible(false);
        add(choices, times, confirm);
        if (offered.isEmpty() && moving == null) {
            choices.add(new Paragraph(getTranslation("booking.book.no-types")));
        }
        if (moving == null && typeId != null) {
            offered.stream().filter(t -> t.id() == typeId).findFirst().ifPresent(type::setValue);
        }
        if (moving != null) {
            search(null);
        }
    }

    private void typeChosen() {
        AppointmentType t = type.getValue();
        if (t == null || moving != null) {
            return;
        }
        List<Way> ways = t.ways().stream().sorted().toList();
        way.setItems(ways);
        way.setValue(ways.getFirst());
    }

    /** Shows the earliest free times from {@code from} on (from the start when null). */
    private void search(@Nullable Instant from) {
        AppointmentType t = type.getValue();
        Way w = way.getValue();
        confirm.setVisible(false);
        if (t == null || w == null) {
            return;
        }
        if (from == null) {
            shown.clear();
        }
        String lang = language.getValue() == null || language.getValue().isEmpty() ? null : language.getValue();
        String where = w == Way.IN_PERSON && !place.getValue().isBlank() ? place.getValue().strip() : null;
        List<FreeTime> found = bookings.freeTimes(t.id(), w, lang, where, from, PAGE);
        shown.addAll(found);
        times.removeAll();
        times.add(new H2(getTranslation("booking.book.times")));
        if (shown.isEmpty()) {
            times.add(new Paragraph(getTranslation("booking.book.times.none")));
            return;
        }
        // by day, then by staff member (and place), the times as a row of buttons that say everything
        Map<LocalDate, Map<String, List<FreeTime>>> byDay = new java.util.LinkedHashMap<>();
        for (FreeTime f : shown) {
            byDay.computeIfAbsent(f.start().atZone(Formats.HELSINKI).toLocalDate(), d -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(f.staffName() + (w == Way.IN_PERSON && f.location() != null ? " · " + f.location()
                            : ""), k -> new ArrayList<>()).add(f);
        }
        byDay.forEach((d, people) -> {
            String dayText = Formats.day(d, getLocale());
            times.add(new H3(dayText));
            people.forEach((who, list) -> {
                Paragraph whoText = new Paragraph(who);
                whoText.addClassName("tt-time-who");
                Div buttons = new Div();
                buttons.addClassName("tt-time-buttons");
                for (FreeTime f : list) {
                    Button pick = new Button(Formats.time(f.start(), getLocale()));
                    pick.addClickListener(e -> {
                        times.getChildren().flatMap(c -> c.getChildren()).filter(Button.class::isInstance)
                                .map(Button.class::cast).forEach(other -> {
                                    other.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                                    other.getElement().setAttribute("aria-pressed", "false");
                                });
                        pick.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                        pick.getElement().setAttribute("aria-pressed", "true");
                        chosen(f);
                    });
                    pick.getElement().setAttribute("aria-label", dayText + " " + Formats.time(f.start(), getLocale())
                            + ", " + who);
                    pick.getElement().setAttribute("data-start", f.start().toString());
                    pick.addClassName("tt-time");
                    buttons.add(pick);
                }
                times.add(whoText, buttons);
            });
        });
        if (found.size() == PAGE) {
            Button more = new Button(getTranslation("booking.book.more"),
                    e -> search(shown.getLast().start().plusSeconds(60)));
            more.setId("book-more");
            times.add(more);
        }
    }

    private void chosen(FreeTime f) {
        AppointmentType t = type.getValue();
        Way w = way.getValue();
        if (t == null || w == null) {
            return;
        }
        confirm.removeAll();
        confirm.setVisible(true);
        confirm.add(new H2(getTranslation("booking.book.check")));
        confirm.add(new fi.tyollisyystalo.base.ui.FactList()
                .add(getTranslation("booking.fact.what"), t.name().in(getLocale()))
                .add(getTranslation("booking.fact.when"), Formats.day(f.start().atZone(Formats.HELSINKI).toLocalDate(),
                        getLocale()) + " " + Formats.time(f.start(), getLocale()) + "–" + Formats.time(f.end(), getLocale()))
                .add(getTranslation("booking.fact.with"), f.staffName())
                .add(getTranslation("booking.fact.way"), getTranslation("booking.way." + w.name())
                        + (w == Way.IN_PERSON && f.location() != null ? ", " + f.location() : "")));
        TextField phone = new TextField(getTranslation("booking.book.phone"));
        phone.setId("book-phone");
        phone.setHelperText(getTranslation("booking.book.phone.help"));
        phone.setMaxLength(40);
        phone.setVisible(w == Way.PHONE && moving == null);
        if (w == Way.PHONE && moving == null) {
            String known = persons.myProfile().phone();
            phone.setValue(known == null ? "" : known);
        }
        Checkbox interpreter = new Checkbox(getTranslation("booking.book.interpreter"));
        interpreter.setId("book-interpreter");
        interpreter.setVisible(moving == null);
        Select<String> meetingLanguage = new NamedSelect<>();
        meetingLanguage.setId("book-meeting-language");
        meetingLanguage.setLabel(getTranslation("booking.book.meeting-language"));
        meetingLanguage.setItems(f.languages());
        meetingLanguage.setItemLabelGenerator(l -> getTranslation("booking.language." + l));
        String mine = Languages.supported(getLocale()).getLanguage();
        meetingLanguage.setValue(f.languages().contains(mine) ? mine : f.languages().getFirst());
        meetingLanguage.setVisible(moving == null);
        Button go = new Button(getTranslation(moving == null ? "booking.book.confirm" : "booking.move.confirm"));
        go.setId("book-confirm-button");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setDisableOnClick(true);
        go.addClickListener(e -> {
            try {
                long id;
                if (moving != null) {
                    bookings.moveMine(moving.id(), moving.version(), f);
                    id = moving.id();
                } else {
                    id = bookings.book(BookingRequest.of(t.id(), f, w, phone.getValue(), interpreter.getValue(),
                            meetingLanguage.getValue()));
                }
                String done = moving == null ? "booked" : "moved";
                getUI().ifPresent(ui -> ui.navigate(BookingPages.mine(id),
                        com.vaadin.flow.router.QueryParameters.of("done", done)));
            } catch (BookingRefused refused) {
                go.setEnabled(true);
                if (refused.reason() == BookingRefused.Reason.PHONE) {
                    phone.setErrorMessage(getTranslation(refused.messageKey()));
                    phone.setInvalid(true);
                    phone.focus();
                    return;
                }
                notice.setText(getTranslation(refused.messageKey()));
                notice.setVisible(true);
                search(null);
                notice.getElement().callJsFunction("scrollIntoView");
            }
        });
        Anchor cancel = new Anchor(Pages.href(MyAppointmentsView.class), getTranslation("booking.book.back"));
        confirm.add(phone, meetingLanguage, interpreter, new Div(go), new Paragraph(cancel));
        confirm.getElement().callJsFunction("scrollIntoView");
        phone.focus();
    }

    private static Optional<Long> number(Optional<String> raw) {
        return raw.filter(v -> v.matches("[0-9]{1,12}")).map(Long::parseLong);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(moving == null ? "booking.book.title" : "booking.move.title") + " – "
                + getTranslation("app.name");
    }
}
