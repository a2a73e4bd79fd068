package fi.tyollisyystalo.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;

/**
 * A link in the resident's main navigation or the staff side navigation. Features declare their own
 * entries as beans (next to their views, in their {@code ui} package), so the layouts in base never
 * need to know the features; the link's address is the view's route.
 *
 * @param area     where the link is shown
 * @param order    position, smaller first
 * @param labelKey translation key of the link text
 * @param view     the page the link opens: a route without parameters
 * @param roles    roles that see the link (without ROLE_); empty means every visitor of the area
 */
public record NavEntry(Area area, int order, String labelKey, Class<? extends Component> view, List<String> roles) {

    public enum Area {
        RESIDENT, STAFF
    }

    public NavEntry {
        Pages.path(view);
        roles = List.copyOf(roles);
    }

    /** Route path without the leading slash. */
    public String path() {
        return Pages.path(view);
    }
}
