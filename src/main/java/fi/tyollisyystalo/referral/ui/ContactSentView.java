package fi.tyollisyystalo.referral.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.ui.UrgentHelp;
import fi.tyollisyystalo.identity.IdentityPages;
import fi.tyollisyystalo.referral.ContactForms;
import fi.tyollisyystalo.referral.ContactRequestNotFoundException;
import fi.tyollisyystalo.referral.ReferralPages;
import fi.tyollisyystalo.referral.SentContact;

/** The confirmation: the request arrived, by when (date and time) the team answers and how, what to do meanwhile. */
@Route(value = ReferralPages.CONTACT_FORM + "/sent/:requestId([0-9]+)", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class ContactSentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContactForms forms;

    ContactSentView(ContactForms forms) {
        this.forms = forms;
        addClassNames("tt-page", "tt-contact-sent");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "requestId");
        SentContact sent;
        try {
            sent = forms.mySent(id);
        } catch (ContactRequestNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Div panel = new Div(new H1(getTranslation("contactform.sent.title")),
                new Paragraph(getTranslation("contactform.sent.due", Formats.dateTime(sent.dueAt(), getLocale()))));
        panel.addClassName("tt-confirmation");
        panel.setId("cf-sent");
        add(panel);
        add(new Section(new H2(getTranslation("contactform.sent.next.heading")), new UnorderedList(
                new ListItem(getTranslation("contactform.sent.next." + sent.channel().name())),
                new ListItem(getTranslation("contactform.sent.next.mypage")),
                new ListItem(getTranslation("contactform.sent.next.notice")))));
        add(new Paragraph(new Anchor("/" + IdentityPages.MY_PAGE, getTranslation("contactform.sent.mypage"))));
        add(UrgentHelp.callout("cf-urgent", "contactform.urgent.heading", null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contactform.sent.title") + " – " + getTranslation("app.name");
    }
}
