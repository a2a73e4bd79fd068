package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.router.Route;

/**
 * The address of a page, read from its view class's {@link Route}, so that a link names the view it
 * opens instead of repeating its path. Only views whose route has no parameters have one address.
 */
public final class Pages {

    private Pages() {
    }

    /** The route path of {@code view} without the leading slash ({@code ""} for the front page). */
    public static String path(Class<?> view) {
        Route route = view.getAnnotation(Route.class);
        if (route == null) {
            throw new IllegalArgumentException(view.getName() + " is not a route (no @Route)");
        }
        String path = route.value();
        if (path.contains(":") || path.equals(Route.NAMING_CONVENTION)) {
            throw new IllegalArgumentException(view.getName() + " has no fixed address: @Route(\"" + path + "\")");
        }
        return path;
    }

    /** The address of {@code view} for a link: {@code "/" + path}. */
    public static String href(Class<?> view) {
        return "/" + path(view);
    }
}
