package fi.tyollisyystalo.referral.ui;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import fi.tyollisyystalo.referral.ContactQuestion;

/**
 * The field of one contact form question: a text area with a character count, a one-line field, or radio
 * buttons. What is typed stays in the field whatever the server says of it; the answer is sent as typed.
 */
class ContactField extends Div {

    private final ContactQuestion question;
    private final Component field;

    ContactField(ContactQuestion question, String value, boolean required, Consumer<String> onChange) {
        this.question = question;
        addClassName("tt-question");
        String label = getTranslation("contactform.q." + question.id() + ".label");
        String helpKey = "contactform.q." + question.id() + ".help";
        String help = getTranslation(helpKey);
        boolean hasHelp = !help.isBlank() && !help.contains(helpKey);
        switch (question.kind()) {
            case TEXT -> {
                TextArea text = new TextArea(label);
                text.setValue(value);
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(800);
                text.setHelperText(count(hasHelp ? help : null, value.length()));
                text.addValueChangeListener(e -> {
                    text.setHelperText(count(hasHelp ? help : null, e.getValue().length()));
                    if (e.isFromClient()) {
                        onChange.accept(e.getValue());
                    }
                });
                field = text;
            }
            case LINE -> {
                TextField line = new TextField(label);
                line.setValue(value);
                line.setValueChangeMode(ValueChangeMode.LAZY);
                line.setValueChangeTimeout(800);
                if (question == ContactQuestion.PHONE) {
                    line.getElement().setAttribute("autocomplete", "tel");
                    line.getElement().setAttribute("inputmode", "tel");
                }
                if (hasHelp) {
                    line.setHelperText(help);
                }
                line.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        onChange.accept(e.getValue());
                    }
                });
                field = line;
            }
            case CHOICE -> {
                RadioButtonGroup<String> radios = new RadioButtonGroup<>(label);
                radios.setItems(question.options());
                radios.setItemLabelGenerator(code -> getTranslation("contactform.q." + question.id() + ".option." + code));
                radios.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                if (question.options().contains(value)) {
                    radios.setValue(value);
                }
                if (hasHelp) {
                    radios.setHelperText(help);
                }
                radios.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        onChange.accept(e.getValue() == null ? "" : e.getValue());
                    }
                });
                field = radios;
            }
            case MULTI -> {
                com.vaadin.flow.component.checkbox.CheckboxGroup<String> boxes =
                        new com.vaadin.flow.component.checkbox.CheckboxGroup<>(label);
                boxes.setItems(question.options());
                boxes.setItemLabelGenerator(code -> getTranslation("contactform.q." + question.id() + ".option." + code));
                boxes.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
                boxes.setValue(new java.util.LinkedHashSet<>(java.util.Arrays.stream(value.split(","))
                        .map(String::strip).filter(question.options()::contains).toList()));
                if (hasHelp) {
                    boxes.setHelperText(help);
                }
                boxes.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        onChange.accept(String.join(",", question.options().stream().filter(e.getValue()::contains)
                                .toList()));
                    }
                });
                field = boxes;
            }
            default -> throw new IllegalStateException();
        }
        ((HasValidation) field).setManualValidation(true);
        ((com.vaadin.flow.component.HasValue<?, ?>) field).setRequiredIndicatorVisible(required);
        ((HasSize) field).setWidthFull();
        field.setId(fieldId());
        add(field);
    }

    private String count(@Nullable String help, int length) {
        String c = getTranslation("contactform.count", length, question.maxLength());
        return help == null ? c : help + " " + c;
    }

    ContactQuestion question() {
        return question;
    }

    String fieldId() {
        return "cf-" + question.id().replace('_', '-');
    }

    /** What the field shows now. */
    String value() {
        Object v = ((AbstractField<?, ?>) field).getValue();
        if (v instanceof java.util.Set<?> chosen) {
            return String.join(",", question.options().stream().filter(chosen::contains).toList());
        }
        return v == null ? "" : v.toString();
    }

    void showError(@Nullable String message) {
        HasValidation v = (HasValidation) field;
        v.setErrorMessage(message);
        v.setInvalid(message != null);
    }
}
