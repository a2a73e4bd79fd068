package fi.tyollisyystalo.messaging.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import fi.tyollisyystalo.messaging.MessageLimits;

/**
 * The text area of a message: a label, a counter of characters against the 10 000 limit, and a message
 * at the field when the text is too long. The text is never cut: what was typed stays to be shortened.
 */
class BodyField extends TextArea {

    BodyField(String id, String labelKey) {
        setId(id);
        setLabel(getTranslation(labelKey));
        setWidthFull();
        setMinHeight("8rem");
        setMaxHeight("28rem");
        // every change goes to the server in order, so Send right after the last keystroke sends all of it
        // (a lazy mode would let the click overtake the text still waiting for its pause)
        setValueChangeMode(ValueChangeMode.EAGER);
        // the field shows our own message; the built-in validation would clear it on the next change
        setManualValidation(true);
        getElement().setAttribute("dir", "auto");
        count();
        addValueChangeListener(e -> count());
    }

    /** Updates the counter, and the message at the field when over the limit; true when within it. */
    boolean count() {
        int length = MessageLimits.length(getValue());
        setHelperText(getTranslation("messages.body.counter", length, MessageLimits.BODY_MAX));
        if (length > MessageLimits.BODY_MAX) {
            showError(getTranslation("messages.error.body.too_long"));
            return false;
        }
        if (isInvalid()) {
            setInvalid(false);
        }
        return true;
    }

    void showError(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }
}
