package fi.tyollisyystalo.booking.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.booking.AppointmentType;
import fi.tyollisyystalo.booking.AppointmentTypes;
import fi.tyollisyystalo.booking.BookedBy;
import fi.tyollisyystalo.booking.BookingPages;
import fi.tyollisyystalo.booking.FieldRejected;
import fi.tyollisyystalo.booking.Way;

/**
 * Editors and managers keep the appointment types: the list, and one form for a new type or the one being
 * changed. A refused field says why and keeps what was typed.
 */
@Route(value = BookingPages.TYPES, layout = StaffLayout.class)
@RolesAllowed({Roles.SERVICE_EDITOR, Roles.MANAGER})
class AppointmentTypesView extends Div implements HasDynamicTitle {

    private final AppointmentTypes types;
    private final Section list = new Section();
    private final H2 formTitle = new H2();
    private final TextField nameFi = field("types-name-fi", "booking.types.name.fi");
    private final TextField nameSv = field("types-name-sv", "booking.types.name.sv");
    private final TextField nameEn = field("types-name-en", "booking.types.name.en");
    private final Select<Integer> minutes = new NamedSelect<>();
    private final Select<Integer> buffer = new NamedSelect<>();
    private final CheckboxGroup<Way> ways = new CheckboxGroup<>();
    private final RadioButtonGroup<BookedBy> bookedBy = new RadioButtonGroup<>();
    private final Select<String> role = new NamedSelect<>();
    private final Checkbox active = new Checkbox();
    private final Paragraph status = new Paragraph();
    private long editing;

    AppointmentTypesView(AppointmentTypes types) {
        this.types = types;
        addClassNames("tt-page", "tt-appointment-types");
        status.setId("types-status");
        status.getElement().setAttribute("role", "status");
        list.setId("types-list");
        add(new H1(getTranslation("booking.types.title")), new Paragraph(getTranslation("booking.types.lead")), status,
                list, form());
        refresh();
        edit(null);
    }

    private void refresh() {
        list.removeAll();
        list.add(new H2(getTranslation("booking.types.list")));
        UnorderedList items = new UnorderedList();
        for (AppointmentType t : types.all()) {
            String text = t.name().in(getLocale()) + " · " + t.minutes() + " min · "
                    + getTranslation("booking.types.bookedBy." + t.bookedBy().name())
                    + (t.active() ? "" : " · " + getTranslation("booking.types.inactive"));
            Button change = new Button(getTranslation("booking.types.edit"), e -> edit(t));
            change.getElement().setAttribute("aria-label", getTranslation("booking.types.edit") + ": "
                    + t.name().in(getLocale()));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            items.add(new ListItem(new Span(text + " "), change));
        }
        list.add(items);
        Button create = new Button(getTranslation("booking.types.new"), e -> edit(null));
        create.setId("types-new");
        list.add(create);
    }

    private Section form() {
        Section s = new Section(formTitle);
        s.addClassName("tt-form");
        s.setId("types-form");
        minutes.setId("types-minutes");
        minutes.setLabel(getTranslation("booking.types.minutes"));
        minutes.setItems(IntStream.rangeClosed(1, 16).map(i -> i * 15).boxed().toList());
        minutes.setItemLabelGenerator(m -> m + " min");
        buffer.setId("types-buffer");
        buffer.setLabel(getTranslation("booking.types.buffer"));
        buffer.setItems(List.of(0, 15, 30, 45, 60));
        buffer.setItemLabelGenerator(m -> m + " min");
        ways.setId("types-ways");
        ways.setLabel(getTranslation("booking.types.ways"));
        ways.setItems(Arrays.asList(Way.values()));
        ways.setItemLabelGenerator(w -> getTranslation("booking.way." + w.name()));
        bookedBy.setId("types-booked-by");
        bookedBy.setLabel(getTranslation("booking.types.bookedBy"));
        bookedBy.setItems(Arrays.asList(BookedBy.values()));
        bookedBy.setItemLabelGenerator(b -> getTranslation("booking.types.bookedBy." + b.name()));
        role.setId("types-role");
        role.setLabel(getTranslation("booking.types.role"));
        role.setItems(Roles.CLIENT_WORK_ROLES);
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        active.setId("types-active");
        active.setLabel(getTranslation("booking.types.active"));
        Button save = new Button(getTranslation("booking.types.save"), e -> save());
        save.setId("types-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div lengths = new Div(minutes, buffer);
        lengths.addClassName("tt-inline-form");
        s.add(nameFi, nameSv, nameEn, lengths, ways, bookedBy, role, active, save);
        return s;
    }

    private void edit(@Nullable AppointmentType t) {
        clearErrors();
        editing = t == null ? 0 : t.id();
        formTitle.setText(getTranslation(t == null ? "booking.types.new" : "booking.types.editing"));
        nameFi.setValue(t == null ? "" : t.name().fi());
        nameSv.setValue(t == null || t.name().sv() == null ? "" : t.name().sv());
        nameEn.setValue(t == null || t.name().en() == null ? "" : t.name().en());
        minutes.setValue(t == null ? 60 : t.minutes());
        buffer.setValue(t == null ? 15 : t.bufferMinutes());
        ways.setValue(t == null ? EnumSet.of(Way.IN_PERSON) : t.ways());
        bookedBy.setValue(t == null ? BookedBy.RESIDENT : t.bookedBy());
        role.setValue(t == null ? Roles.COORDINATOR : t.staffRole());
        active.setValue(t == null || t.active());
        if (t != null) {
            nameFi.focus();
        }
    }

    private void save() {
        clearErrors();
        try {
            editing = types.save(editing, new AppointmentTypes.Draft(nameFi.getValue(), nameSv.getValue(),
                    nameEn.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(),
                    buffer.getValue() == null ? 0 : buffer.getValue(), ways.getValue(),
                    bookedBy.getValue() == null ? BookedBy.STAFF : bookedBy.getValue(),
                    role.getValue() == null ? "" : role.getValue(), active.getValue()));
            refresh();
            formTitle.setText(getTranslation("booking.types.editing"));
            status.setText(getTranslation("booking.types.saved"));
        } catch (FieldRejected r) {
            HasValidation f = switch (r.field()) {
                case "nameSv" -> nameSv;
                case "nameEn" -> nameEn;
                case "minutes" -> minutes;
                case "buffer" -> buffer;
                case "ways" -> ways;
                case "role" -> role;
                default -> nameFi;
            };
            f.setErrorMessage(getTranslation(r.messageKey()));
            f.setInvalid(true);
        }
    }

    private void clearErrors() {
        status.setText("");
        for (HasValidation f : new HasValidation[] {nameFi, nameSv, nameEn, minutes, buffer, ways, role}) {
            f.setInvalid(false);
        }
    }

    private TextField field(String id, String label) {
        TextField f = new TextField(getTranslation(label));
        f.setId(id);
        f.setMaxLength(200);
        f.setWidthFull();
        return f;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.types.title") + " – " + getTranslation("app.name");
    }
}
