package fi.tyollisyystalo.identity.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.identity.ConsentKind;
import fi.tyollisyystalo.identity.ConsentRecord;
import fi.tyollisyystalo.identity.ConsentSubjects;
import fi.tyollisyystalo.identity.Consents;

/**
 * The consent centre on My page: every consent the resident has given, those in force first, each with what it
 * covers, who it lets in and since when, and a button that withdraws it at once. Withdrawn ones stay listed
 * as history.
 */
class ConsentCentre extends Section {

    private final Consents consents;
    private final Map<ConsentKind, ConsentSubjects> subjects;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();

    ConsentCentre(Consents consents, List<ConsentSubjects> subjects) {
        this.consents = consents;
        this.subjects = subjects.stream().collect(Collectors.toMap(ConsentSubjects::kind, Function.identity()));
        setId("consents");
        addClassNames("tt-mypage__section", "tt-consents");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("consent.heading")), new Paragraph(getTranslation("consent.lead")), status, list);
        show();
    }

    private void show() {
        list.removeAll();
        List<ConsentRecord> all = consents.mine();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("consent.empty")));
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("tt-consents__list");
        for (ConsentRecord c : all) {
            items.add(item(c));
        }
        list.add(items);
    }

    private ListItem item(ConsentRecord c) {
        ListItem li = new ListItem();
        li.addClassNames("tt-card", c.inForce() ? "tt-consents__in-force" : "tt-consents__withdrawn");
        li.add(new H3(getTranslation("consent.kind." + c.kind())));
        ConsentSubjects about = subjects.get(c.kind());
        if (c.subjectId() != null && about != null) {
            long subject = c.subjectId();
            Paragraph what = new Paragraph(about.describe(subject, getLocale()));
            about.link(subject).ifPresent(href -> what.add(new Anchor(href, " " + getTranslation("consent.open"))));
            li.add(what);
        }
        li.add(new Paragraph(getTranslation("consent.kind." + c.kind() + ".text")));
        li.add(new Paragraph(getTranslation("consent.scope." + c.scope())));
        li.add(new Paragraph(getTranslation("consent.given", Formats.dateTime(c.givenAt(), getLocale()),
                c.textVersion())));
        if (c.inForce()) {
            Button withdraw = new Button(getTranslation("consent.withdraw"), e -> {
                consents.withdraw(c.id());
                show();
                status.setText(getTranslation("consent.withdrawn.done"));
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.getElement().setAttribute("aria-label",
                    getTranslation("consent.withdraw") + ": " + getTranslation("consent.kind." + c.kind()));
            li.add(withdraw);
        } else if (c.withdrawnAt() != null) {
            li.add(new Paragraph(getTranslation("consent.withdrawn", Formats.dateTime(c.withdrawnAt(), getLocale()))));
        }
        return li;
    }
}
