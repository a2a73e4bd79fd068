package fi.tyollisyystalo.base.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The front door: what the house is, its rooms (the features' {@link HomeCard}s), the features'
 * {@link HomeSection}s (the six domains of functioning), and who it is for.
 */
@Route(value = SitePages.FRONT, layout = ResidentLayout.class)
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    HomeView(List<HomeCard> cards, List<HomeSection> sections, AuthenticationContext auth) {
        addClassName("tt-home");
        add(StaticHtml.of(HomeHero.markup(key -> getTranslation(key))), rooms(new HomeCardList(NavEntry.Area.RESIDENT, cards, auth)));
        sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).forEach(s -> add(s.build()));
        add(whoFor());
    }

    /** The rooms of the house: the cards the features contribute. */
    private Section rooms(HomeCardList cards) {
        Section section = new Section();
        section.addClassName("tt-rooms");
        H2 heading = new H2(getTranslation("home.rooms.heading"));
        heading.setId("rooms-heading");
        section.getElement().setAttribute("aria-labelledby", "rooms-heading");
        section.add(heading, cards);
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
