package fi.tyollisyystalo.servicemap.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.base.ui.ErrorSummary;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OrganisationOption;
import fi.tyollisyystalo.servicemap.Region;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.ServiceEditorService;
import fi.tyollisyystalo.servicemap.TargetGroup;

/**
 * The editor's form for a service: every text in Finnish, Swedish and English side by side (so
 * translating is filling the empty box), classifications, and the notes for professionals.
 * The channels are edited in their own part ({@link ChannelsEditor}). Lengths are checked by the
 * server and shown at the field, so a long paste is never cut.
 */
class ServiceForm extends Div {

    /** Three language boxes of one text. */
    private final class Trio extends Div {
        final TextField fiField = new TextField();
        final TextField svField = new TextField();
        final TextField enField = new TextField();
        final TextArea fiArea = new TextArea();
        final TextArea svArea = new TextArea();
        final TextArea enArea = new TextArea();
        final boolean area;
        final String field;

        Trio(String field, boolean area, int max) {
            this.field = field;
            this.area = area;
            addClassName("tt-trio");
            setId("editor-" + field);
            add(new H2(getTranslation("editor.field." + field)));
            String[] langs = {"fi", "sv", "en"};
            var inputs = area ? List.of(fiArea, svArea, enArea) : List.of(fiField, svField, enField);
            for (int i = 0; i < 3; i++) {
                var input = inputs.get(i);
                if (input instanceof TextField t) {
                    t.setLabel(getTranslation("editor.lang." + langs[i]));
                    t.setId("editor-" + field + "-" + langs[i]);
                    t.setWidthFull();
                    t.addValueChangeListener(e -> tooLong(t, e.getValue(), max));
                } else if (input instanceof TextArea t) {
                    t.setLabel(getTranslation("editor.lang." + langs[i]));
                    t.setId("editor-" + field + "-" + langs[i]);
                    t.setWidthFull();
                    t.addValueChangeListener(e -> tooLong(t, e.getValue(), max));
                }
                add(input);
            }
        }

        LocalizedText value() {
            return area ? new LocalizedText(fiArea.getValue().strip(), svArea.getValue().strip(), enArea.getValue().strip())
                    : new LocalizedText(fiField.getValue().strip(), svField.getValue().strip(), enField.getValue().strip());
        }

        void set(LocalizedText t) {
            if (area) {
                fiArea.setValue(t.fi());
                svArea.setValue(t.sv() == null ? "" : t.sv());
                enArea.setValue(t.en() == null ? "" : t.en());
            } else {
                fiField.setValue(t.fi());
                svField.setValue(t.sv() == null ? "" : t.sv());
                enField.setValue(t.en() == null ? "" : t.en());
            }
        }

        /** The box of one language, "fi", "sv" or "en". */
        HasValidation in(String language) {
            return switch (language) {
                case "sv" -> area ? svArea : svField;
                case "en" -> area ? enArea : enField;
                default -> area ? fiArea : fiField;
            };
        }
    }

    /** Says at once (when the field is left) that a text is too long; the server checks it again on save. */
    private void tooLong(HasValidation field, String value, int max) {
        if (value.length() > max) {
            field.setErrorMessage(getTranslation("editor.error.toolong", max, value.length()));
            field.setInvalid(true);
        } else if (field.isInvalid() && getTranslation("editor.error.toolong", max, value.length()).equals(
                field.getErrorMessage())) {
            field.setInvalid(false);
        }
    }

    private final Map<String, Trio> texts = new LinkedHashMap<>();
    private final Select<OrganisationOption> organisation = new NamedSelect<>();
    private final Select<ChargeType> charge = new NamedSelect<>();
    private final CheckboxGroup<Domain> domains = new CheckboxGroup<>();
    private final CheckboxGroup<String> municipalities = new CheckboxGroup<>();
    private final CheckboxGroup<String> languages = new CheckboxGroup<>();
    private final CheckboxGroup<TargetGroup> targets = new CheckboxGroup<>();
    private final TextArea referral = new TextArea();
    private final TextField contact = new TextField();
    private final ChannelsEditor channels = new ChannelsEditor();

    ServiceForm(List<OrganisationOption> options) {
        addClassName("tt-service-form");
        texts.put("name", new Trio("name", false, 200));
        texts.put("summary", new Trio("summary", true, 500));
        texts.put("description", new Trio("description", true, 5000));
        texts.put("howToUse", new Trio("howToUse", true, 3000));
        texts.put("requirements", new Trio("requirements", true, 3000));
        texts.put("keywords", new Trio("keywords", true, ServiceEditorService.MAX_KEYWORDS));
        var locale = getLocale();
        organisation.setId("editor-organisation");
        organisation.setLabel(getTranslation("editor.field.organisation"));
        organisation.setItems(options);
        organisation.setItemLabelGenerator(o -> o.name().in(locale));
        charge.setId("editor-charge");
        charge.setLabel(getTranslation("servicemap.fact.charge"));
        charge.setItems(ChargeType.values());
        charge.setItemLabelGenerator(c -> getTranslation("servicemap.charge." + c.name()));
        charge.setValue(ChargeType.FREE);
        domains.setId("editor-domains");
        domains.setLabel(getTranslation("servicemap.filter.domain"));
        domains.setItems(Domain.values());
        domains.setItemLabelGenerator(d -> getTranslation("domain." + d.name()));
        municipalities.setId("editor-municipalities");
        municipalities.setLabel(getTranslation("editor.field.municipalities"));
        municipalities.setItems(List.copyOf(Region.municipalities().keySet()));
        municipalities.setItemLabelGenerator(m -> Region.name(m, locale));
        languages.setId("editor-languages");
        languages.setLabel(getTranslation("servicemap.filter.language"));
        languages.setItems("fi", "sv", "en", "ru", "ar", "so", "uk", "et", "fa");
        languages.setItemLabelGenerator(l -> getTranslation("servicemap.language." + l));
        targets.setId("editor-targets");
        targets.setLabel(getTranslation("servicemap.filter.target"));
        targets.setItems(TargetGroup.values());
        targets.setItemLabelGenerator(t -> getTranslation("servicemap.target." + t.name()));
        targets.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        referral.setId("editor-referral");
        referral.setLabel(getTranslation("editor.field.referral"));
        referral.setWidthFull();
        referral.addValueChangeListener(e -> tooLong(referral, e.getValue(), 3000));
        contact.setId("editor-contact");
        contact.setLabel(getTranslation("editor.field.contact"));
        contact.setWidthFull();
        contact.addValueChangeListener(e -> tooLong(contact, e.getValue(), 500));
        texts.values().forEach(this::add);
        Div classification = new Div(organisation, charge, domains, municipalities, languages, targets);
        classification.addClassName("tt-form");
        Div internal = new Div(new H2(getTranslation("servicemap.section.internal")), referral, contact);
        add(new H2(getTranslation("editor.section.classification")), classification, channels, internal);
    }

    void set(ServiceData d, long organisationId) {
        texts.get("name").set(d.name());
        texts.get("summary").set(d.summary());
        texts.get("description").set(d.description());
        texts.get("howToUse").set(d.howToUse());
        texts.get("requirements").set(d.requirements());
        texts.get("keywords").set(d.keywords());
        organisation.getListDataView().getItems().filter(o -> o.id() == organisationId).findFirst()
                .ifPresent(organisation::setValue);
        charge.setValue(d.chargeType());
        domains.setValue(d.domains().isEmpty() ? Set0.domains() : EnumSet.copyOf(d.domains()));
        municipalities.setValue(new HashSet<>(d.municipalities()));
        languages.setValue(new HashSet<>(d.languages()));
        targets.setValue(d.targetGroups().isEmpty() ? Set0.targets() : EnumSet.copyOf(d.targetGroups()));
        referral.setValue(d.internalReferral() == null ? "" : d.internalReferral());
        contact.setValue(d.internalContact() == null ? "" : d.internalContact());
        channels.set(d.channels());
    }

    ServiceData value() {
        return new ServiceData(texts.get("name").value(), texts.get("summary").value(), texts.get("description").value(),
                texts.get("howToUse").value(), texts.get("requirements").value(), charge.getValue(),
                domains.getValue(), municipalities.getValue(), languages.getValue(), targets.getValue(), channels.value(),
                referral.getValue().isBlank() ? null : referral.getValue().strip(),
                contact.getValue().isBlank() ? null : contact.getValue().strip(), texts.get("keywords").value());
    }

    long organisationId() {
        return organisation.getValue() == null ? -1 : organisation.getValue().id();
    }

    boolean hasOrganisation() {
        return organisation.getValue() != null;
    }

    void showOrganisationMissing() {
        organisation.setErrorMessage(getTranslation("editor.error.organisation"));
        organisation.setInvalid(true);
    }

    void clearErrors() {
        texts.values().forEach(t -> List.of("fi", "sv", "en").forEach(l -> t.in(l).setInvalid(false)));
        domains.setInvalid(false);
        organisation.setInvalid(false);
        referral.setInvalid(false);
        contact.setInvalid(false);
        channels.clearErrors();
    }

    /**
     * Shows each message at its field ({@code name.sv}, {@code domains}, {@code channels.0.url}, …) and
     * returns them for the error summary, each with a link to its field.
     */
    List<ErrorSummary.Problem> showErrors(Map<String, String> errors) {
        List<ErrorSummary.Problem> problems = new ArrayList<>();
        errors.forEach((field, key) -> {
            String message = getTranslation(key);
            String[] parts = field.split("\\.", 3);
            HasValidation target = null;
            String id = null;
            String label = null;
            if (parts[0].equals("channels") && parts.length == 3) {
                var f = channels.field(Integer.parseInt(parts[1]), parts[2]).orElse(null);
                if (f != null) {
                    target = f.input();
                    id = f.id();
                    label = f.label();
                }
            } else if (texts.containsKey(parts[0])) {
                String language = parts.length > 1 ? parts[1] : "fi";
                target = texts.get(parts[0]).in(language);
                id = "editor-" + parts[0] + "-" + language;
                label = getTranslation("editor.field." + parts[0]) + " – " + getTranslation("editor.lang." + language);
            } else {
                target = switch (field) {
                    case "domains" -> domains;
                    case "referral" -> referral;
                    case "contact" -> contact;
                    default -> null;
                };
                id = target == null ? null : "editor-" + field;
                label = switch (field) {
                    case "domains" -> domains.getLabel();
                    case "referral" -> referral.getLabel();
                    case "contact" -> contact.getLabel();
                    default -> null;
                };
            }
            if (target != null && key.startsWith("editor.error.toolong.")
                    && target instanceof HasValue<?, ?> input && input.getValue() instanceof String typed) {
                // say how long it is now, so the editor knows how much to cut
                int max = Integer.parseInt(key.substring(key.lastIndexOf('.') + 1));
                message = getTranslation("editor.error.toolong", max, typed.length());
            }
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
                problems.add(new ErrorSummary.Problem(ErrorSummary.join(label, message), "#" + id));
            }
        });
        return problems;
    }

    /** The problem of a missing provider, for the error summary. */
    ErrorSummary.Problem organisationMissing() {
        showOrganisationMissing();
        return new ErrorSummary.Problem(ErrorSummary.join(organisation.getLabel(),
                getTranslation("editor.error.organisation")), "#editor-organisation");
    }

    /** Empty enum sets without a class literal at each call. */
    private static final class Set0 {
        static EnumSet<Domain> domains() {
            return EnumSet.noneOf(Domain.class);
        }

        static EnumSet<TargetGroup> targets() {
            return EnumSet.noneOf(TargetGroup.class);
        }
    }
}
