package fi.tyollisyystalo.base.ui;

import java.util.Comparator;
import java.util.List;

import org.jsoup.nodes.Element;

import com.vaadin.flow.component.Html;
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

    /** A card as static markup ({@link StaticHtml}): it has nothing to listen to. */
    private Html card(HomeCard c) {
        Element card = StaticHtml.root("li").addClass("tt-card").addClass("tt-card--" + c.key());
        Element title = card.appendElement("h3");
        if (c.target() != null) {
            title.appendElement("a").attr("href", Pages.href(c.target())).text(getTranslation(c.titleKey()));
        } else {
            title.text(getTranslation(c.titleKey()));
        }
        card.appendElement("p").text(getTranslation(c.textKey()));
        if (c.target() == null) {
            card.appendElement("p").appendElement("span").addClass("tt-badge").text(getTranslation("home.room.soon"));
            card.addClass("tt-card--soon");
        }
        return StaticHtml.of(card);
    }
}
