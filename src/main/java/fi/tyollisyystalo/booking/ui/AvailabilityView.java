package fi.tyollisyystalo.booking.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.booking.BookingPages;
import fi.tyollisyystalo.booking.FieldRejected;
import fi.tyollisyystalo.booking.StaffHours;
import fi.tyollisyystalo.servicemap.ServiceMapService;

/**
 * A staff member's own bookable hours: weekly hours (weekday, from–to, the place or none for phone and video
 * only, languages) and whole days off. Times residents are offered follow at once; booked appointments stay.
 * A refused row is said at its field and what was typed stays.
 */
@Route(value = BookingPages.AVAILABILITY, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class AvailabilityView extends Div implements HasDynamicTitle {

    private final StaffHours staffHours;
    private final ServiceMapService places;
    private final Section hoursList = new Section();
    private final Section absenceList = new Section();
    private final Paragraph status = new Paragraph();

    AvailabilityView(StaffHours staffHours, ServiceMapService places) {
        this.staffHours = staffHours;
        this.places = places;
        addClassNames("tt-page", "tt-availability");
        status.setId("hours-status");
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("booking.hours.title")), new Paragraph(getTranslation("booking.hours.lead")), status);
        hoursList.setId("hours-list");
        absenceList.setId("absence-list");
        add(hoursList, hoursForm(), absenceList, absenceForm());
        refresh();
    }

    private void refresh() {
        hoursList.removeAll();
        hoursList.add(new H2(getTranslation("booking.hours.weekly")));
        var rows = staffHours.myHours();
        if (rows.isEmpty()) {
            hoursList.add(new Paragraph(getTranslation("booking.hours.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (StaffHours.WeeklyHours h : rows) {
                String text = Formats.dayName(h.weekday(), getLocale()) + " " + clock(h.starts()) + "–" + clock(h.ends())
                        + " · " + (h.location() == null ? getTranslation("booking.hours.remote") : h.location()) + " · "
                        + String.join(", ", h.languages().stream().map(l -> getTranslation("booking.language." + l))
                                .toList());
                Button remove = new Button(getTranslation("booking.hours.remove"), e -> {
                    staffHours.removeMyHours(h.id());
                    refresh();
                    status.setText(getTranslation("booking.hours.removed"));
                });
                remove.getElement().setAttribute("aria-label", getTranslation("booking.hours.remove") + ": " + text);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                list.add(new ListItem(new Span(text + " "), remove));
            }
            hoursList.add(list);
        }
        absenceList.removeAll();
        absenceList.add(new H2(getTranslation("booking.absence.title")));
        var off = staffHours.myAbsences();
        if (off.isEmpty()) {
            absenceList.add(new Paragraph(getTranslation("booking.absence.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (StaffHours.Absence a : off) {
                String text = Formats.date(a.first(), getLocale()) + "–" + Formats.date(a.last(), getLocale());
                Button remove = new Button(getTranslation("booking.hours.remove"), e -> {
                    staffHours.removeMyAbsence(a.id());
                    refresh();
                    status.setText(getTranslation("booking.hours.removed"));
                });
                remove.getElement().setAttribute("aria-label", getTranslation("booking.hours.remove") + ": " + text);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                list.add(new ListItem(new Span(text + " "), remove));
            }
            absenceList.add(list);
        }
    }

    private Section hoursForm() {
        Section s = new Section(new H2(getTranslation("booking.hours.add")));
        s.addClassName("tt-form");
        Select<DayOfWeek> weekday = new NamedSelect<>();
        weekday.setId("hours-weekday");
        weekday.setLabel(getTranslation("booking.hours.weekday"));
        weekday.setItems(Arrays.asList(DayOfWeek.values()));
        weekday.setItemLabelGenerator(d -> Formats.dayName(d, getLocale()));
        weekday.setValue(DayOfWeek.MONDAY);
        TimePicker starts = time("hours-starts", "booking.hours.starts", LocalTime.of(8, 0));
        TimePicker ends = time("hours-ends", "booking.hours.ends", LocalTime.of(12, 0));
        // the places of the service map's published services to choose from, or any other address typed in
        ComboBox<String> location = new ComboBox<>(getTranslation("booking.hours.location"));
        location.setId("hours-location");
        location.setHelperText(getTranslation("booking.hours.location.help"));
        location.setItems(places.placeAddresses(getLocale()));
        location.setAllowCustomValue(true);
        location.addCustomValueSetListener(e -> location.setValue(e.getDetail().strip()));
        location.setClearButtonVisible(true);
        location.setWidthFull();
        CheckboxGroup<String> languages = new CheckboxGroup<>(getTranslation("booking.hours.languages"));
        languages.setId("hours-languages");
        languages.setItems("fi", "sv", "en");
        languages.setItemLabelGenerator(l -> getTranslation("booking.language." + l));
        languages.setValue(Set.of("fi"));
        Button add = new Button(getTranslation("booking.hours.save"), e -> {
            for (HasValidation f : new HasValidation[] {weekday, starts, ends, location, languages}) {
                f.setInvalid(false);
            }
            if (starts.getValue() == null || ends.getValue() == null) {
                invalid(starts.getValue() == null ? starts : ends, "booking.hours.error.time");
                return;
            }
            try {
                staffHours.addMyHours(weekday.getValue(), starts.getValue(), ends.getValue(), location.getValue(),
                        languages.getValue());
                refresh();
                status.setText(getTranslation("booking.hours.saved"));
            } catch (FieldRejected r) {
                HasValidation field = switch (r.field()) {
                    case "ends" -> ends;
                    case "location" -> location;
                    case "languages" -> languages;
                    case "weekday" -> weekday;
                    default -> starts;
                };
                invalid(field, r.messageKey());
            }
        });
        add.setId("hours-save");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div times = new Div(weekday, starts, ends);
        times.addClassName("tt-inline-form");
        s.add(times, location, languages, add);
        return s;
    }

    private Section absenceForm() {
        Section s = new Section(new H2(getTranslation("booking.absence.add")));
        s.addClassName("tt-form");
        DatePicker first = new DatePicker(getTranslation("booking.absence.first"));
        first.setId("absence-first");
        first.setLocale(getLocale());
        DatePicker last = new DatePicker(getTranslation("booking.absence.last"));
        last.setId("absence-last");
        last.setLocale(getLocale());
        Button add = new Button(getTranslation("booking.absence.save"), e -> {
            first.setInvalid(false);
            last.setInvalid(false);
            if (first.getValue() == null) {
                invalid(first, "booking.absence.error.date");
                return;
            }
            try {
                staffHours.addMyAbsence(first.getValue(), last.getValue() == null ? first.getValue() : last.getValue());
                refresh();
                status.setText(getTranslation("booking.hours.saved"));
            } catch (FieldRejected r) {
                invalid(last, r.messageKey());
            }
        });
        add.setId("absence-save");
        Div dates = new Div(first, last);
        dates.addClassName("tt-inline-form");
        s.add(dates, add);
        return s;
    }

    private TimePicker time(String id, String label, LocalTime value) {
        TimePicker t = new TimePicker(getTranslation(label));
        t.setId(id);
        t.setStep(Duration.ofMinutes(15));
        t.setLocale(getLocale());
        t.setValue(value);
        return t;
    }

    private void invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private String clock(LocalTime t) {
        return getLocale().getLanguage().equals("en") ? String.format("%02d:%02d", t.getHour(), t.getMinute())
                : t.getHour() + "." + String.format("%02d", t.getMinute());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.hours.title") + " – " + getTranslation("app.name");
    }
}
