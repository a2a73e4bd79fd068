package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;

/**
 * Numeric ids from a route's address. Anything that is not a positive number that fits a {@code long}
 * ({@code abc}, twenty digits, a script) is a page that does not exist: the translated 404, never a 500.
 */
public final class RouteIds {

    private RouteIds() {
    }

    /** The id in route parameter {@code name}, or a {@link NotFoundException}. */
    public static long required(BeforeEvent event, String name) {
        String raw = event.getRouteParameters().get(name).orElseThrow(NotFoundException::new);
        return parse(raw);
    }

    /** The id in a piece of an address, or empty when it is not one (for code outside a navigation). */
    public static java.util.OptionalLong of(String raw) {
        try {
            return java.util.OptionalLong.of(parse(raw));
        } catch (NotFoundException e) {
            return java.util.OptionalLong.empty();
        }
    }

    static long parse(String raw) {
        if (raw.isEmpty() || raw.length() > 19 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NotFoundException();
        }
        try {
            long id = Long.parseLong(raw);
            if (id <= 0) {
                throw new NotFoundException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
