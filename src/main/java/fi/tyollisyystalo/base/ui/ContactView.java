package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** How to reach the people behind the service, and where to turn in a crisis. */
@Route(value = SitePages.CONTACT, layout = ResidentLayout.class)
@AnonymousAllowed
class ContactView extends Div implements HasDynamicTitle {

    ContactView(Organisation org) {
        addClassName("tt-page");
        Paragraph lead = new Paragraph(getTranslation("contact.lead"));
        lead.addClassName("tt-lead");
        Section reach = new Section(new H2(getTranslation("contact.reach.heading")),
                new Paragraph(org.name(getLocale())),
                new Paragraph(new Text(getTranslation("contact.phone") + " "), new Anchor(org.phoneHref(), org.phone())),
                new Paragraph(getTranslation("contact.phone.hours")),
                new Paragraph(new Text(getTranslation("contact.email") + " "), new Anchor("mailto:" + org.email(), org.email())),
                new Paragraph(getTranslation("contact.email.note")),
                new Paragraph(new Text(getTranslation("contact.address") + " "), new Anchor(
                        "https://www.openstreetmap.org/search?query=" + java.net.URLEncoder.encode(org.address(),
                                java.nio.charset.StandardCharsets.UTF_8), org.address())));
        Section urgent = new Section(new H2(getTranslation("footer.urgent.heading")),
                new Paragraph(getTranslation("footer.urgent.emergency")),
                new Paragraph(getTranslation("footer.urgent.crisis")),
                new Paragraph(getTranslation("footer.urgent.note")));
        urgent.addClassName("tt-callout");
        add(new H1(getTranslation("contact.title")), lead, reach, urgent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.title") + " – " + getTranslation("app.name");
    }
}
