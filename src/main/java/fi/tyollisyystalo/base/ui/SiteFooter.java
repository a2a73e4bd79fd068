package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** Who provides the service, the pages the law requires, contacts, and where to get help at once. */
class SiteFooter extends Footer {

    SiteFooter(Organisation org) {
        addClassName("tt-footer");
        Div inner = new Div();
        inner.addClassName("tt-footer__inner");

        Div about = column("footer.about.heading");
        about.add(new Paragraph(org.name(getLocale())), new Paragraph(org.address()),
                new Paragraph(new Anchor(org.phoneHref(), org.phone())),
                new Paragraph(new Anchor("mailto:" + org.email(), org.email())));

        Nav links = new Nav();
        links.addClassName("tt-footer__col");
        links.getElement().setAttribute("aria-labelledby", "footer-links-heading");
        H2 linksHeading = new H2(getTranslation("footer.links.heading"));
        linksHeading.setId("footer-links-heading");
        UnorderedList list = new UnorderedList(
                new ListItem(new Anchor(Pages.href(AccessibilityStatementView.class), getTranslation("footer.accessibility"))),
                new ListItem(new Anchor(Pages.href(PrivacyNoticeView.class), getTranslation("footer.privacy"))),
                new ListItem(new Anchor(Pages.href(ContactView.class), getTranslation("footer.contact"))),
                new ListItem(new Anchor("mailto:" + org.accessibilityEmail(), getTranslation("footer.feedback"))));
        links.add(linksHeading, list);

        Div urgent = column("footer.urgent.heading");
        urgent.add(new Paragraph(getTranslation("footer.urgent.emergency")),
                new Paragraph(getTranslation("footer.urgent.crisis")),
                new Paragraph(getTranslation("footer.urgent.note")));

        inner.add(about, links, urgent);
        Paragraph bottom = new Paragraph(getTranslation("footer.bottom", org.name(getLocale())));
        bottom.addClassName("tt-footer__bottom");
        add(inner, bottom);
    }

    private Div column(String headingKey) {
        Div col = new Div(new H2(getTranslation(headingKey)));
        col.addClassName("tt-footer__col");
        return col;
    }
}
