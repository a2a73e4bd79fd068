package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * Where to turn right now (emergency number, crisis line), shown on every page where a resident may write
 * about a hard situation: what they type is never read for crisis words, so the numbers are always there.
 */
public final class UrgentHelp {

    private UrgentHelp() {
    }

    /**
     * @param headingKey translation key of the heading
     * @param textKey    translation key of a sentence before the numbers, or null
     */
    public static Section callout(String id, String headingKey, @org.jspecify.annotations.Nullable String textKey) {
        UI ui = UI.getCurrent();
        Section urgent = new Section(new H2(ui.getTranslation(headingKey)));
        if (textKey != null) {
            urgent.add(new Paragraph(ui.getTranslation(textKey)));
        }
        urgent.add(new Paragraph(ui.getTranslation("footer.urgent.emergency")),
                new Paragraph(ui.getTranslation("footer.urgent.crisis")));
        urgent.setId(id);
        urgent.addClassName("tt-callout");
        return urgent;
    }
}
