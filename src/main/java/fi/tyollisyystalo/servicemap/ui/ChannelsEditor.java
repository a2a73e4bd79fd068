package fi.tyollisyystalo.servicemap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.Region;

/**
 * The ways into a service, editable: add, change and remove channels (type, name in three languages,
 * web address, phone number, street address). What the form does not show (coordinates, opening
 * hours, accessibility, phone hours and cost) is kept from the channel as it was.
 */
class ChannelsEditor extends Div {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    ChannelsEditor() {
        setId("editor-channels");
        addClassName("tt-channels-editor");
        Button add = new Button(getTranslation("editor.channel.add"), e -> {
            Row row = addRow(null);
            row.type.focus();
        });
        add.setId("editor-channel-add");
        add(new H2(getTranslation("editor.section.channels")), list, add);
    }

    void set(List<ChannelData> channels) {
        rows.clear();
        list.removeAll();
        channels.forEach(this::addRow);
    }

    List<ChannelData> value() {
        return rows.stream().map(Row::value).toList();
    }

    void clearErrors() {
        rows.forEach(Row::clearErrors);
    }

    /** Shows a message at {@code field} of channel {@code index}; the field's id for the summary's link. */
    Optional<Field> field(int index, String field) {
        if (index < 0 || index >= rows.size()) {
            return Optional.empty();
        }
        return rows.get(index).field(field);
    }

    /** A field that can show a message, with its id and label for the error summary. */
    record Field(HasValidation input, String id, String label) {
    }

    private Row addRow(@Nullable ChannelData c) {
        Row row = new Row(c);
        rows.add(row);
        list.add(row);
        renumber();
        return row;
    }

    private void remove(Row row) {
        rows.remove(row);
        list.remove(row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i);
        }
    }

    /** One channel's fields; the ones that do not belong to its type are hidden. */
    private final class Row extends Section {
        private final @Nullable ChannelData original;
        private final H3 heading = new H3();
        final Select<ChannelType> type = new NamedSelect<>();
        private final TextField nameFi = new TextField();
        private final TextField nameSv = new TextField();
        private final TextField nameEn = new TextField();
        private final TextField url = new TextField();
        private final TextField phone = new TextField();
        private final TextField street = new TextField();
        private final TextField postalCode = new TextField();
        private final Select<String> municipality = new NamedSelect<>();
        private final Button remove = new Button();

        Row(@Nullable ChannelData c) {
            this.original = c;
            addClassName("tt-channel-row");
            type.setLabel(getTranslation("editor.channel.type"));
            type.setItems(ChannelType.values());
            type.setItemLabelGenerator(t -> getTranslation("servicemap.way." + t.name()));
            type.addValueChangeListener(e -> showFieldsOf(e.getValue()));
            nameFi.setLabel(getTranslation("editor.channel.name") + " – " + getTranslation("editor.lang.fi"));
            nameSv.setLabel(getTranslation("editor.channel.name") + " – " + getTranslation("editor.lang.sv"));
            nameEn.setLabel(getTranslation("editor.channel.name") + " – " + getTranslation("editor.lang.en"));
            url.setLabel(getTranslation("editor.channel.url"));
            phone.setLabel(getTranslation("editor.channel.phone"));
            street.setLabel(getTranslation("editor.channel.street"));
            postalCode.setLabel(getTranslation("editor.channel.postalCode"));
            municipality.setLabel(getTranslation("editor.channel.municipality"));
            municipality.setItems(List.copyOf(Region.municipalities().keySet()));
            municipality.setEmptySelectionAllowed(true);
            municipality.setEmptySelectionCaption(getTranslation("editor.channel.municipality.none"));
            municipality.setItemLabelGenerator(m -> m == null ? "" : Region.name(m, getLocale()));
            remove.setText(getTranslation("editor.channel.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> ChannelsEditor.this.remove(this));
            for (TextField f : List.of(nameFi, nameSv, nameEn, url, phone, street, postalCode)) {
                f.setWidthFull();
            }
            Div fields = new Div(type, nameFi, nameSv, nameEn, url, phone, street, postalCode, municipality);
            fields.addClassName("tt-form");
            add(heading, fields, remove);
            if (c != null) {
                type.setValue(c.type());
                nameFi.setValue(c.name().fi());
                nameSv.setValue(text(c.name().sv()));
                nameEn.setValue(text(c.name().en()));
                url.setValue(text(c.url()));
                phone.setValue(text(c.phoneNumber()));
                street.setValue(text(c.street()));
                postalCode.setValue(text(c.postalCode()));
                if (c.municipality() != null && Region.municipalities().containsKey(c.municipality())) {
                    municipality.setValue(c.municipality());
                }
            } else {
                type.setValue(ChannelType.WEB);
            }
            showFieldsOf(type.getValue());
        }

        void number(int index) {
            heading.setText(getTranslation("editor.channel.heading", index + 1));
            String prefix = "editor-channel-" + index + "-";
            setId("editor-channel-" + index);
            type.setId(prefix + "type");
            nameFi.setId(prefix + "name-fi");
            nameSv.setId(prefix + "name-sv");
            nameEn.setId(prefix + "name-en");
            url.setId(prefix + "url");
            phone.setId(prefix + "phone");
            street.setId(prefix + "street");
            postalCode.setId(prefix + "postalCode");
            municipality.setId(prefix + "municipality");
            remove.setId(prefix + "remove");
            remove.getElement().setAttribute("aria-label",
                    getTranslation("editor.channel.remove.label", index + 1));
        }

        private void showFieldsOf(@Nullable ChannelType t) {
            url.setVisible(t == ChannelType.WEB || t == ChannelType.ESERVICE);
            phone.setVisible(t == ChannelType.PHONE);
            street.setVisible(t == ChannelType.LOCATION);
            postalCode.setVisible(t == ChannelType.LOCATION);
            municipality.setVisible(t == ChannelType.LOCATION);
        }

        ChannelData value() {
            ChannelType t = type.getValue() == null ? ChannelType.WEB : type.getValue();
            LocalizedText name = new LocalizedText(nameFi.getValue().strip(), blankToNull(nameSv.getValue()),
                    blankToNull(nameEn.getValue()));
            ChannelData o = original;
            boolean location = t == ChannelType.LOCATION;
            boolean phoneLine = t == ChannelType.PHONE;
            boolean link = t == ChannelType.WEB || t == ChannelType.ESERVICE;
            // the coordinates belong to the address: a changed street drops them rather than mislead the map
            boolean sameAddress = o != null && java.util.Objects.equals(o.street(), blankToNull(street.getValue()));
            return new ChannelData(t, name, location ? blankToNull(street.getValue()) : null,
                    location ? blankToNull(postalCode.getValue()) : null, location ? municipality.getValue() : null,
                    o == null || !location || !sameAddress ? null : o.latitude(),
                    o == null || !location || !sameAddress ? null : o.longitude(),
                    o == null || link ? null : o.openingHours(),
                    o == null || !location ? LocalizedText.EMPTY : o.accessibility(),
                    phoneLine ? blankToNull(phone.getValue()) : null,
                    o == null || !phoneLine ? LocalizedText.EMPTY : o.phoneHours(),
                    o == null || !phoneLine ? LocalizedText.EMPTY : o.phoneCost(),
                    link ? blankToNull(url.getValue()) : null);
        }

        void clearErrors() {
            for (HasValidation f : List.<HasValidation>of(nameFi, nameSv, nameEn, url, phone, street, postalCode,
                    municipality)) {
                f.setInvalid(false);
            }
        }

        Optional<Field> field(String name) {
            String label = heading.getText() + ": ";
            return Optional.ofNullable(switch (name) {
                case "url" -> new Field(url, url.getId().orElseThrow(), label + url.getLabel());
                case "phone" -> new Field(phone, phone.getId().orElseThrow(), label + phone.getLabel());
                case "street" -> new Field(street, street.getId().orElseThrow(), label + street.getLabel());
                case "postalCode" -> new Field(postalCode, postalCode.getId().orElseThrow(),
                        label + postalCode.getLabel());
                case "municipality" -> new Field(municipality, municipality.getId().orElseThrow(),
                        label + municipality.getLabel());
                case "name.fi" -> new Field(nameFi, nameFi.getId().orElseThrow(), label + nameFi.getLabel());
                case "name.sv" -> new Field(nameSv, nameSv.getId().orElseThrow(), label + nameSv.getLabel());
                case "name.en" -> new Field(nameEn, nameEn.getId().orElseThrow(), label + nameEn.getLabel());
                default -> null;
            });
        }
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
