package fi.tyollisyystalo.base.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The contributed {@link HomeCard}s of one home page that the visitor may see, in order. */
public class HomeCardList extends UnorderedList {

    private final List<HomeCard> shown;

    public HomeCardList(NavEntry.Area area, List<HomeCard> contributed, AuthenticationContext auth) {
        addClassName("tt-cards");
        shown = contributed.stream().filter(c -> c.area() == area)
                .filter(c -> c.roles().isEmpty() || c.roles().stream().anyMatch(auth::hasRole))
                .sorted(Comparator.comparingInt(HomeCard::order)).toList();
        shown.forEach(c -> add(card(c)));
    }

    /** Whether any card is shown; a page may leave out an empty list with its heading. */
    public boolean hasCards() {
        return !shown.isEmpty();
    }

    private ListItem card(HomeCard c) {
        ListItem card = new ListItem();
        card.addClassNames("tt-card", "tt-card--" + c.key());
        H3 title = new H3();
        if (c.target() != null) {
            title.add(new Anchor(Pages.href(c.target()), getTranslation(c.titleKey())));
        } else {
            title.setText(getTranslation(c.titleKey()));
        }
        card.add(title, new Paragraph(getTranslation(c.textKey())));
        if (c.target() == null) {
            Span soon = new Span(getTranslation("home.room.soon"));
            soon.addClassName("tt-badge");
            card.add(new Paragraph(soon));
            card.addClassName("tt-card--soon");
        }
        return card;
    }
}
