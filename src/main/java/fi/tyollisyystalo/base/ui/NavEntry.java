package fi.tyollisyystalo.base.ui;

import java.util.List;

/**
 * A link in the resident's main navigation or the staff side navigation. Features declare their own
 * entries as beans, so the layouts in base never need to know the features.
 *
 * @param area        where the link is shown
 * @param order       position, smaller first
 * @param labelKey    translation key of the link text
 * @param path        route path without the leading slash
 * @param roles       roles that see the link (without ROLE_); empty means every visitor of the area
 */
public record NavEntry(Area area, int order, String labelKey, String path, List<String> roles) {

    public enum Area {
        RESIDENT, STAFF
    }
}
