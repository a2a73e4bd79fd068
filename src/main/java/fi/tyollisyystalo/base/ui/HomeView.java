package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The front door: what the house is, its rooms, the six domains of functioning, and where to get
 * help at once.
 */
@Route(value = "", layout = ResidentLayout.class)
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    /** The rooms of the house; {@code path} is null while a room is still being built. */
    private record Room(String key, String path) {
    }

    private static final Room[] ROOMS = {
        new Room("servicemap", "services"),
        new Room("healthcheck", "health-check"),
        new Room("coordinator", null),
        new Room("booking", null),
        new Room("mypage", "my-page"),
    };

    private static final String[] DOMAINS = {"WORK", "BODY", "MIND", "SKILLS", "EVERYDAY", "INCLUSION"};

    HomeView() {
        addClassName("tt-home");
        add(hero(), rooms(), domains(), whoFor());
    }

    private Section hero() {
        Section hero = new Section();
        hero.addClassName("tt-hero");
        H1 title = new H1(getTranslation("home.hero.title"));
        Paragraph lead = new Paragraph(getTranslation("home.hero.lead"));
        lead.addClassName("tt-lead");
        Paragraph noReferral = new Paragraph(getTranslation("home.hero.noreferral"));
        hero.add(title, lead, noReferral);
        return hero;
    }

    private Section rooms() {
        Section section = new Section();
        section.addClassName("tt-rooms");
        H2 heading = new H2(getTranslation("home.rooms.heading"));
        heading.setId("rooms-heading");
        section.getElement().setAttribute("aria-labelledby", "rooms-heading");
        UnorderedList list = new UnorderedList();
        list.addClassName("tt-cards");
        for (Room room : ROOMS) {
            list.add(card(room));
        }
        section.add(heading, list);
        return section;
    }

    private ListItem card(Room room) {
        String prefix = "home.room." + room.key() + ".";
        ListItem card = new ListItem();
        card.addClassNames("tt-card", "tt-card--" + room.key());
        H3 title = new H3();
        if (room.path() != null) {
            title.add(new Anchor("/" + room.path(), getTranslation(prefix + "title")));
        } else {
            title.setText(getTranslation(prefix + "title"));
        }
        card.add(title, new Paragraph(getTranslation(prefix + "text")));
        if (room.path() == null) {
            Span soon = new Span(getTranslation("home.room.soon"));
            soon.addClassName("tt-badge");
            card.add(new Paragraph(soon));
            card.addClassName("tt-card--soon");
        }
        return card;
    }

    private Section domains() {
        Section section = new Section();
        section.addClassName("tt-domains");
        H2 heading = new H2(getTranslation("home.domains.heading"));
        heading.setId("domains-heading");
        section.getElement().setAttribute("aria-labelledby", "domains-heading");
        UnorderedList list = new UnorderedList();
        list.addClassName("tt-domain-list");
        for (String d : DOMAINS) {
            ListItem item = new ListItem();
            item.addClassNames("tt-domain", "tt-domain--" + d.toLowerCase());
            Anchor name = new Anchor("/services?domain=" + d, getTranslation("domain." + d));
            name.addClassName("tt-domain__name");
            item.add(name, new Paragraph(getTranslation("domain." + d + ".hint")));
            list.add(item);
        }
        Paragraph kykyviisari = new Paragraph(new Text(getTranslation("home.domains.kykyviisari") + " "),
                new Anchor("https://www.ttl.fi/oppimateriaalit/tyokalut/kykyviisari",
                        getTranslation("home.domains.kykyviisari.link")));
        section.add(heading, new Paragraph(getTranslation("home.domains.lead")), list, kykyviisari);
        return section;
    }

    private Section whoFor() {
        Section section = new Section();
        section.addClassName("tt-whofor");
        H2 heading = new H2(getTranslation("home.whofor.heading"));
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("home.whofor.li1")),
                new ListItem(getTranslation("home.whofor.li2")),
                new ListItem(getTranslation("home.whofor.li3")));
        section.add(heading, new Paragraph(getTranslation("home.whofor.lead")), list,
                new Paragraph(getTranslation("home.whofor.professionals")));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " – " + getTranslation("app.tagline");
    }
}
