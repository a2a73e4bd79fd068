package fi.tyollisyystalo.base.ui;

import org.jsoup.nodes.Element;

import com.vaadin.flow.component.html.Footer;

/** Who provides the service, the pages the law requires, contacts, and where to get help at once. */
class SiteFooter extends Footer {

    SiteFooter(Organisation org) {
        addClassName("tt-footer");
        // one piece of static markup (StaticHtml): the footer is on every page and has nothing to listen to
        Element inner = StaticHtml.root("div").addClass("tt-footer__inner");

        Element about = column(inner, "footer.about.heading");
        about.appendElement("p").text(org.name(getLocale()));
        about.appendElement("p").text(org.address());
        about.appendElement("p").appendElement("a").attr("href", org.phoneHref()).text(org.phone());
        about.appendElement("p").appendElement("a").attr("href", "mailto:" + org.email()).text(org.email());

        Element links = inner.appendElement("nav").addClass("tt-footer__col")
                .attr("aria-labelledby", "footer-links-heading");
        links.appendElement("h2").id("footer-links-heading").text(getTranslation("footer.links.heading"));
        Element list = links.appendElement("ul");
        link(list, Pages.href(AccessibilityStatementView.class), "footer.accessibility");
        link(list, Pages.href(PrivacyNoticeView.class), "footer.privacy");
        link(list, Pages.href(ContactView.class), "footer.contact");
        link(list, "mailto:" + org.accessibilityEmail(), "footer.feedback");

        Element urgent = column(inner, "footer.urgent.heading");
        urgent.appendElement("p").text(getTranslation("footer.urgent.emergency"));
        urgent.appendElement("p").text(getTranslation("footer.urgent.crisis"));
        urgent.appendElement("p").text(getTranslation("footer.urgent.note"));

        Element bottom = StaticHtml.root("p").addClass("tt-footer__bottom")
                .text(getTranslation("footer.bottom", org.name(getLocale())));
        add(StaticHtml.of(inner), StaticHtml.of(bottom));
    }

    private Element column(Element inner, String headingKey) {
        Element col = inner.appendElement("div").addClass("tt-footer__col");
        col.appendElement("h2").text(getTranslation(headingKey));
        return col;
    }

    private void link(Element list, String href, String textKey) {
        list.appendElement("li").appendElement("a").attr("href", href).text(getTranslation(textKey));
    }
}
