package fi.tyollisyystalo.questionnaire;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.questionnaire.Option;
import fi.tyollisyystalo.questionnaire.Question;

/**
 * The field of one question, built from its definition: radio buttons for one choice, yes/no and
 * 0–10 scales, checkboxes for several, a text field with its unit for numbers (as typed, so a wrong
 * number is kept and explained, never dropped), a text area with a character count for free text.
 */
public class QuestionField extends Div {

    private final Question question;
    private final Component field;
    private final HasValidation validation;
    private final Locale locale;

    public QuestionField(Question question, @Nullable String value, Locale locale, Consumer<String> onChange) {
        this.question = question;
        this.locale = locale;
        addClassName("tt-question");
        String id = "q-" + question.id();
        String label = question.text().in(locale);
        String help = question.help() == null ? null : question.help().in(locale);
        switch (question.type()) {
            case SINGLE, YES_NO, SCALE -> {
                ChoiceGroup radios = new ChoiceGroup(codes().stream()
                        .map(code -> new ChoiceGroup.Choice(code, optionLabel(code))).toList(), value);
                if (question.type() == fi.tyollisyystalo.questionnaire.QuestionType.SCALE) {
                    radios.addClassName("tt-scale");
                    String ends = scaleHelp();
                    help = help == null ? ends : help + " " + ends;
                } else {
                    radios.vertical();
                }
                radios.setLabel(label);
                radios.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        onChange.accept(e.getValue());
                    }
                });
                field = radios;
                validation = radios;
                if (help != null) {
                    radios.setHelperText(help);
                }
                radios.setRequiredIndicatorVisible(question.required());
            }
            case MULTIPLE -> {
                CheckboxGroup<String> boxes = new CheckboxGroup<>();
                boxes.setItems(codes());
                boxes.setItemLabelGenerator(this::optionLabel);
                boxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                boxes.setLabel(label);
                if (value != null && !value.isBlank()) {
                    boxes.setValue(new LinkedHashSet<>(Arrays.stream(value.split(",")).map(String::strip)
                            .filter(codes()::contains).toList()));
                }
                boxes.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        onChange.accept(String.join(",", codes().stream().filter(e.getValue()::contains).toList()));
                    }
                });
                if (help != null) {
                    boxes.setHelperText(help);
                }
                boxes.setRequiredIndicatorVisible(question.required());
                field = boxes;
                validation = boxes;
            }
            case NUMBER -> {
                TextField number = new TextField(label);
                number.setSuffixComponent(new Span(question.unit() == null ? "" : question.unit()));
                number.getElement().setAttribute("inputmode", question.decimals() != null && question.decimals() > 0
                        ? "decimal" : "numeric");
                number.addClassName("tt-number");
                number.setValue(value == null ? "" : value);
                number.setValueChangeMode(ValueChangeMode.LAZY);
                number.setValueChangeTimeout(700);
                number.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        onChange.accept(e.getValue());
                    }
                });
                if (help != null) {
                    number.setHelperText(help);
                }
                number.setRequiredIndicatorVisible(question.required());
                field = number;
                validation = number;
            }
            case TEXT -> {
                TextArea text = new TextArea(label);
                text.setValue(value == null ? "" : value);
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(1000);
                String baseHelp = help;
                text.setHelperText(count(baseHelp, text.getValue().length()));
                text.addValueChangeListener(e -> {
                    text.setHelperText(count(baseHelp, e.getValue().length()));
                    if (e.isFromClient()) {
                        onChange.accept(e.getValue());
                    }
                });
                text.setRequiredIndicatorVisible(question.required());
                field = text;
                validation = text;
            }
            default -> throw new IllegalStateException();
        }
        validation.setManualValidation(true);
        if (question.type() != fi.tyollisyystalo.questionnaire.QuestionType.NUMBER) {
            ((com.vaadin.flow.component.HasSize) field).setWidthFull();
        }
        field.setId(id);
        add(field);
    }

    private String count(@Nullable String help, int length) {
        String c = getTranslation("hc.text.count", length, question.textLimit());
        return help == null ? c : help + " " + c;
    }

    private String scaleHelp() {
        String min = question.minLabel() == null ? null : question.minLabel().in(locale);
        String max = question.maxLabel() == null ? null : question.maxLabel().in(locale);
        if (min == null || max == null) {
            return getTranslation("hc.scale.help");
        }
        return min + ", " + max + ".";
    }

    private List<String> codes() {
        return switch (question.type()) {
            case YES_NO -> List.of("YES", "NO");
            case SCALE -> IntStream.rangeClosed(question.minValue(), question.maxValue()).mapToObj(String::valueOf)
                    .toList();
            default -> question.options().stream().map(Option::code).toList();
        };
    }

    private String optionLabel(String code) {
        return switch (question.type()) {
            case YES_NO -> getTranslation("hc.answer." + code);
            case SCALE -> code;
            default -> {
                Option o = question.option(code);
                yield o == null ? code : o.text().in(locale);
            }
        };
    }

    public Question question() {
        return question;
    }

    public String fieldId() {
        return field.getId().orElseThrow();
    }

    /** The current value as it would be stored. */
    @SuppressWarnings("unchecked")
    public String value() {
        Object v = ((AbstractField<?, ?>) field).getValue();
        if (v instanceof Set<?> set) {
            return String.join(",", codes().stream().filter(set::contains).toList());
        }
        return v == null ? "" : v.toString();
    }

    public void showError(@Nullable String message) {
        validation.setErrorMessage(message);
        validation.setInvalid(message != null);
    }

    public void focus() {
        field.getElement().callJsFunction("focus");
    }
}
