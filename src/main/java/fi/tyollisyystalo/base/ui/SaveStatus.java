package fi.tyollisyystalo.base.ui;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Paragraph;

import fi.tyollisyystalo.base.i18n.Formats;

/**
 * The line under a form that says whether what was typed is saved: "saved automatically", "saved at 14.05",
 * "waiting to save" while the database can't be reached, or "could not save". Announced politely to
 * screen readers.
 */
public class SaveStatus extends Paragraph {

    private final Clock clock;

    public SaveStatus(String id, Clock clock) {
        this.clock = clock;
        setId(id);
        addClassName("tt-hc-saved");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        setText(getTranslation("hc.saved.auto"));
    }

    public void saved() {
        setText(getTranslation("hc.saved.at",
                LocalTime.now(clock.withZone(Formats.HELSINKI)).format(DateTimeFormatter.ofPattern("H.mm"))));
        removeClassNames("tt-hc-saved--failed", "tt-hc-saved--pending");
    }

    /** Saving waits for the database; what was typed is kept and tried again. */
    public void pending() {
        setText(getTranslation("hc.saved.pending"));
        addClassName("tt-hc-saved--pending");
    }

    public void failed() {
        setText(getTranslation("hc.saved.failed"));
        addClassName("tt-hc-saved--failed");
    }

    /** Says what a failure means for the resident: waiting when the database is away, failed otherwise. */
    public void failed(RuntimeException e) {
        if (Failures.isServiceUnavailable(e)) {
            setText(getTranslation("hc.saved.pending"));
            addClassName("tt-hc-saved--failed");
        } else {
            failed();
        }
    }
}
