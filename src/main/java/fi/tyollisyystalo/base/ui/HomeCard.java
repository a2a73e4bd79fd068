package fi.tyollisyystalo.base.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;

/**
 * A card on a home page: the resident's front page ({@link NavEntry.Area#RESIDENT}) or the staff desk
 * ({@link NavEntry.Area#STAFF}). Features contribute their cards as beans the way they contribute
 * {@link NavEntry}s, so the home pages never name a feature.
 *
 * @param area     which home page shows the card
 * @param order    position, smaller first
 * @param key      short name of the card, for its style class {@code tt-card--KEY}
 * @param titleKey translation key of the card's heading (the link text)
 * @param textKey  translation key of the card's text
 * @param target   the page the card opens (a route without parameters), or null for a room that is
 *                 still being built: the card then says it is opening soon
 * @param roles    roles that see the card (without ROLE_); empty means every visitor of the page
 */
public record HomeCard(NavEntry.Area area, int order, String key, String titleKey, String textKey,
        @Nullable Class<? extends Component> target, List<String> roles) {

    public HomeCard {
        if (target != null) {
            Pages.path(target);
        }
        roles = List.copyOf(roles);
    }

    /** A card for every visitor of the area's home page. */
    public static HomeCard of(NavEntry.Area area, int order, String key, @Nullable Class<? extends Component> target) {
        String prefix = "home.room." + key + ".";
        return new HomeCard(area, order, key, prefix + "title", prefix + "text", target, List.of());
    }
}
