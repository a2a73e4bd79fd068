package fi.tyollisyystalo.questionnaire;

import java.util.List;
import java.util.Objects;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import fi.tyollisyystalo.base.ui.StaticHtml;

/**
 * One choice among options: Vaadin's radio group web component (the same look, keyboard use, labels and error
 * announcements as {@code RadioButtonGroup}) whose radio buttons are static markup inside it. A
 * {@code RadioButtonGroup} keeps three server-side nodes per option (the button, its label and the label's text);
 * here the whole group is one node, and the browser's group tells the server only the value chosen (issue #14: a
 * health check page's options were most of a signed-in resident's session, docs/benchmarks.md). The value is the
 * option's code; the labels are texts, escaped as {@link StaticHtml} does.
 */
@Tag("vaadin-radio-group")
@NpmPackage(value = "@vaadin/radio-group", version = "25.2.6")
@JsModule("@vaadin/radio-group/src/vaadin-radio-group.js")
@JsModule("@vaadin/radio-group/src/vaadin-radio-button.js")
class ChoiceGroup extends AbstractSinglePropertyField<ChoiceGroup, String>
        implements HasLabel, HasHelper, HasValidation, HasSize {

    /** An option: the code sent as the value, and its label in the page's language. */
    record Choice(String code, String label) {
    }

    /** The options in their order; {@code value} (a code or null) is chosen at the start. */
    ChoiceGroup(List<Choice> choices, @Nullable String value) {
        super("value", "", false);
        Element buttons = StaticHtml.root("div");
        for (Choice c : choices) {
            Element button = buttons.appendElement("vaadin-radio-button").attr("value", c.code()).attr("label",
                    c.label());
            if (c.code().equals(value)) {
                button.attr("checked", "");
                setValue(value);
            }
        }
        // the buttons, once, before the group is in the page: the group adds its own label, helper and error
        // elements beside them when it is attached, and nothing writes this markup again
        getElement().setProperty("innerHTML", buttons.html());
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        getElement().setProperty("errorMessage", Objects.requireNonNullElse(errorMessage, ""));
    }

    @Override
    public @Nullable String getErrorMessage() {
        return getElement().getProperty("errorMessage");
    }

    @Override
    public void setInvalid(boolean invalid) {
        getElement().setProperty("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return getElement().getProperty("invalid", false);
    }

    /** Validation is the form's (the questionnaire's rules), never the browser's. */
    @Override
    public void setManualValidation(boolean enabled) {
        // always manual: nothing here validates on its own
    }

    void vertical() {
        getElement().getThemeList().add("vertical");
    }
}
