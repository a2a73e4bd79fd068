package fi.tyollisyystalo.servicemap.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.ServiceData;

/**
 * A change from PTV waiting for the editor: which parts of the published service it would change
 * (texts with their new Finnish wording), and the buttons to accept or reject it.
 */
class PtvChangePanel extends Section {

    private final UnorderedList changes = new UnorderedList();
    final Button accept = new Button();
    final Button reject = new Button();

    PtvChangePanel() {
        setId("editor-ptv-change");
        addClassName("tt-callout");
        accept.setText(getTranslation("editor.ptv.accept"));
        accept.setId("editor-ptv-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reject.setText(getTranslation("editor.ptv.reject"));
        reject.setId("editor-ptv-reject");
        Div actions = new Div(accept, reject);
        actions.addClassName("tt-actions");
        add(new H2(getTranslation("editor.ptv.heading")), new Paragraph(getTranslation("editor.ptv.lead")), changes,
                actions);
        setVisible(false);
    }

    void show(ServiceData current, ServiceData proposed) {
        changes.removeAll();
        Map<String, LocalizedText[]> texts = new LinkedHashMap<>();
        texts.put("name", new LocalizedText[] {current.name(), proposed.name()});
        texts.put("summary", new LocalizedText[] {current.summary(), proposed.summary()});
        texts.put("description", new LocalizedText[] {current.description(), proposed.description()});
        texts.put("howToUse", new LocalizedText[] {current.howToUse(), proposed.howToUse()});
        texts.put("requirements", new LocalizedText[] {current.requirements(), proposed.requirements()});
        texts.forEach((field, pair) -> {
            if (!pair[0].equals(pair[1])) {
                changes.add(new ListItem(getTranslation("editor.field." + field) + ": " + pair[1].fi()));
            }
        });
        changed("servicemap.fact.charge", current.chargeType(), proposed.chargeType());
        changed("servicemap.filter.domain", current.domains(), proposed.domains());
        changed("editor.field.municipalities", current.municipalities(), proposed.municipalities());
        changed("servicemap.filter.language", current.languages(), proposed.languages());
        changed("servicemap.filter.target", current.targetGroups(), proposed.targetGroups());
        changed("editor.section.channels", current.channels(), proposed.channels());
        if (changes.getChildren().findAny().isEmpty()) {
            changes.add(new ListItem(getTranslation("editor.ptv.provider")));
        }
        setVisible(true);
    }

    void hide() {
        changes.removeAll();
        setVisible(false);
    }

    private void changed(String labelKey, Object current, Object proposed) {
        if (!Objects.equals(current, proposed)) {
            changes.add(new ListItem(getTranslation(labelKey)));
        }
    }
}
