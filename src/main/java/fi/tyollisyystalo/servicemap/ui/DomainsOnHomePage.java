package fi.tyollisyystalo.servicemap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import fi.tyollisyystalo.base.ui.HomeSection;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.ServiceMapPages;

/** The front page's six domains of functioning, each opening the service map on that domain. */
@org.springframework.stereotype.Component
class DomainsOnHomePage implements HomeSection {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component build() {
        return new Domains();
    }

    private static final class Domains extends Section {

        Domains() {
            addClassName("tt-domains");
            H2 heading = new H2(getTranslation("home.domains.heading"));
            heading.setId("domains-heading");
            getElement().setAttribute("aria-labelledby", "domains-heading");
            UnorderedList list = new UnorderedList();
            list.addClassName("tt-domain-list");
            for (Domain d : Domain.values()) {
                ListItem item = new ListItem();
                item.addClassNames("tt-domain", "tt-domain--" + d.name().toLowerCase());
                Anchor name = new Anchor("/" + ServiceMapPages.domain(d.name()), getTranslation("domain." + d));
                name.addClassName("tt-domain__name");
                item.add(name, new Paragraph(getTranslation("domain." + d + ".hint")));
                list.add(item);
            }
            Paragraph kykyviisari = new Paragraph(new Text(getTranslation("home.domains.kykyviisari") + " "),
                    new Anchor("https://www.ttl.fi/oppimateriaalit/tyokalut/kykyviisari",
                            getTranslation("home.domains.kykyviisari.link")));
            add(heading, new Paragraph(getTranslation("home.domains.lead")), list, kykyviisari);
        }
    }
}
