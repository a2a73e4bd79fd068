package fi.tyollisyystalo.healthcheck.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fi.tyollisyystalo.base.ui.SitePages;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.healthcheck.DraftCheck;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.identity.CurrentUser;

/**
 * The start page (GOV.UK pattern): what the check is, how long it takes, how the answers are used,
 * and one button to start — or to continue where the resident left off.
 */
@Route(value = HealthCheckPages.START, layout = ResidentLayout.class)
@AnonymousAllowed
class HealthCheckStartView extends Div implements HasDynamicTitle {

    HealthCheckStartView(ResidentHealthChecks service, CurrentUser currentUser) {
        addClassNames("tt-page", "tt-hc-start");
        var questionnaire = service.currentQuestionnaire();
        add(new H1(getTranslation("hc.start.title")));
        Paragraph lead = new Paragraph(getTranslation("hc.start.lead"));
        lead.addClassName("tt-lead");
        add(lead, new Paragraph(getTranslation("hc.start.minutes", questionnaire.minutes())));

        OrderedList topics = new OrderedList();
        topics.addClassName("tt-hc-topics");
        service.currentSections().forEach(s -> topics.add(new ListItem(s.title().in(getLocale()))));
        add(new Section(new H2(getTranslation("hc.start.topics")), topics));

        DraftCheck draft = currentUser.isResident() ? service.myDraft().orElse(null) : null;
        Anchor start = new Anchor(Pages.href(HealthCheckContinueView.class),
                getTranslation(draft == null ? "hc.start.button" : "hc.start.continue"));
        start.setId("hc-start");
        start.addClassNames("tt-button", "tt-button--primary", "tt-button--start");
        if (currentUser.isStaff()) {
            add(new Paragraph(getTranslation("hc.start.staff")));
        } else {
            if (draft != null) {
                add(new Paragraph(getTranslation("hc.start.draft", fi.tyollisyystalo.base.i18n.Formats
                        .dateTime(draft.updatedAt(), getLocale()))));
            } else if (!currentUser.isResident()) {
                add(new Paragraph(getTranslation("hc.start.login")));
            }
            add(new Paragraph(start));
        }

        UnorderedList data = new UnorderedList(
                new ListItem(getTranslation("hc.start.data.saved")),
                new ListItem(getTranslation("hc.start.data.private")),
                new ListItem(getTranslation("hc.start.data.share")),
                new ListItem(getTranslation("hc.start.data.log")));
        add(new Section(new H2(getTranslation("hc.start.data.heading")), data,
                new Paragraph(new Anchor("/" + SitePages.PRIVACY, getTranslation("hc.start.data.privacy")))));

        add(fi.tyollisyystalo.base.ui.UrgentHelp.callout("hc-urgent", "hc.start.urgent.heading", "hc.start.urgent.text"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hc.start.title") + " – " + getTranslation("app.name");
    }
}
