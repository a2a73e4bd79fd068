package fi.tyollisyystalo.identity;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import fi.tyollisyystalo.audit.Purpose;

/**
 * The staff's one way to find a client by personal identity code, for the pages that start from one (the client
 * search, a case, booking for a client): the code field and its button, the lookup through
 * {@link PersonService#findClientByHetu} (audited with the page's purpose), and the mistakes said at the field —
 * a code that is not valid, or (unless the page says it otherwise) no one with that code has signed in. What was
 * typed stays. What a found client leads to is the page's. Before it the client search, the cases page and
 * booking for a client each had a lookup of their own.
 */
public class ClientLookup extends Div {

    private final PersonService persons;
    private final TextField hetu = new TextField();
    private final Button button = new Button();
    private final Supplier<Optional<Purpose>> purpose;
    private final Function<ClientSummary, @Nullable String> found;
    private String invalidKey = "booking.staffbook.hetu.invalid";
    private @Nullable Runnable notFound;
    private @Nullable Runnable starting;

    /**
     * A code field and its button in one row.
     *
     * @param purpose the purpose of the look; empty stops it (the page marks its own purpose field)
     * @param found   what the page does with the client found; a message key it returns is said at the field
     */
    public ClientLookup(PersonService persons, String fieldId, String buttonId, String buttonKey,
            Supplier<Optional<Purpose>> purpose, Function<ClientSummary, @Nullable String> found) {
        this.persons = persons;
        this.purpose = purpose;
        this.found = found;
        addClassName("tt-inline-form");
        hetu.setId(fieldId);
        hetu.setLabel(getTranslation("booking.staffbook.hetu"));
        hetu.setMaxLength(11);
        hetu.setManualValidation(true);
        hetu.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        button.setText(getTranslation(buttonKey));
        button.setId(buttonId);
        button.addClickListener(e -> look());
        add(hetu, button);
    }

    /** Another label, with a helper text (or none), and another message for a code that is not valid. */
    public ClientLookup labelled(String labelKey, @Nullable String helperKey, String invalidKey) {
        hetu.setLabel(getTranslation(labelKey));
        hetu.setHelperText(helperKey == null ? null : getTranslation(helperKey));
        this.invalidKey = invalidKey;
        return this;
    }

    /** A form of its own, one field under another, with the page's fields between the code and the button. */
    public ClientLookup stacked(Component... fields) {
        removeClassName("tt-inline-form");
        addClassName("tt-form");
        for (int i = 0; i < fields.length; i++) {
            addComponentAtIndex(1 + i, fields[i]);
        }
        return this;
    }

    /** Run before every look (the page forgets the client found before). */
    public ClientLookup whenStarting(Runnable action) {
        this.starting = action;
        return this;
    }

    /** The page says itself that no one was found, instead of the field's message. */
    public ClientLookup whenNotFound(Runnable action) {
        this.notFound = action;
        return this;
    }

    public Button button() {
        return button;
    }

    /** Says a mistake at the code field (e.g. a client must be found first) and moves there. */
    public void fieldError(String messageKey) {
        hetu.setErrorMessage(getTranslation(messageKey));
        hetu.setInvalid(true);
        hetu.focus();
    }

    private void look() {
        hetu.setInvalid(false);
        if (starting != null) {
            starting.run();
        }
        Optional<Purpose> why = purpose.get();
        String code = hetu.getValue().strip();
        boolean valid = Hetu.isValid(code);
        if (!valid) {
            hetu.setErrorMessage(getTranslation(invalidKey));
            hetu.setInvalid(true);
        }
        if (!valid || why.isEmpty()) {
            return;
        }
        Optional<ClientSummary> client = persons.findClientByHetu(code, why.get());
        if (client.isPresent()) {
            String problem = found.apply(client.get());
            if (problem != null) {
                hetu.setErrorMessage(getTranslation(problem));
                hetu.setInvalid(true);
            }
        } else if (notFound != null) {
            notFound.run();
        } else {
            hetu.setErrorMessage(getTranslation("booking.staffbook.hetu.unknown"));
            hetu.setInvalid(true);
        }
    }
}
