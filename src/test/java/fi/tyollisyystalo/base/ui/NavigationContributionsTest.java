package fi.tyollisyystalo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;

/**
 * Every navigation link and home card a feature contributes opens a page that exists, in the area's
 * layout, and a link is only shown to roles that may open its page.
 */
class NavigationContributionsTest {

    private static final List<NavEntry> ENTRIES = new ArrayList<>();
    private static final List<HomeCard> CARDS = new ArrayList<>();

    @BeforeAll
    static void collectContributions() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Configuration.class));
        for (var candidate : scanner.findCandidateComponents("fi.tyollisyystalo")) {
            Class<?> config = Class.forName(candidate.getBeanClassName());
            Object instance = null;
            for (Method m : config.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(Bean.class) || m.getParameterCount() > 0
                        || !(m.getReturnType() == NavEntry.class || m.getReturnType() == HomeCard.class)) {
                    continue;
                }
                if (instance == null) {
                    Constructor<?> c = config.getDeclaredConstructor();
                    c.setAccessible(true);
                    instance = c.newInstance();
                }
                m.setAccessible(true);
                Object contribution = m.invoke(instance);
                if (contribution instanceof NavEntry e) {
                    ENTRIES.add(e);
                } else {
                    CARDS.add((HomeCard) contribution);
                }
            }
        }
    }

    @Test
    void the_features_contribute_their_links_and_cards() {
        assertThat(ENTRIES).extracting(NavEntry::path).contains("", "services", "health-check", "my-page", "staff",
                "staff/clients", "staff/contact-requests", "staff/health-checks", "staff/audit");
        // the front page's rooms, in the order residents have always seen them
        assertThat(CARDS.stream().filter(c -> c.area() == NavEntry.Area.RESIDENT)
                .sorted(java.util.Comparator.comparingInt(HomeCard::order)).map(HomeCard::key))
                .containsExactly("servicemap", "healthcheck", "coordinator", "booking", "mypage");
    }

    @Test
    void every_link_and_card_opens_a_route_in_its_areas_layout() {
        for (NavEntry e : ENTRIES) {
            assertThat(e.view().getAnnotation(Route.class).layout()).as(e.labelKey()).isEqualTo(layout(e.area()));
        }
        for (HomeCard c : CARDS) {
            if (c.target() != null) {
                assertThat(c.target().getAnnotation(Route.class).layout()).as(c.key()).isEqualTo(layout(c.area()));
            }
        }
    }

    @Test
    void a_link_is_shown_only_to_roles_that_may_open_its_page() {
        for (NavEntry e : ENTRIES) {
            Class<?> view = e.view();
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                continue;
            }
            assertThat(e.roles().isEmpty() && e.area() == NavEntry.Area.RESIDENT).as(e.labelKey()
                    + ": a link every visitor sees must open a page every visitor may open").isFalse();
            if (view.isAnnotationPresent(PermitAll.class)) {
                continue;
            }
            Set<String> allowed = Set.of(view.getAnnotation(RolesAllowed.class).value());
            List<String> shownTo = e.roles().isEmpty() ? Roles.STAFF_ROLES.stream().toList() : e.roles();
            assertThat(allowed).as(e.labelKey()).containsAll(shownTo);
        }
    }

    @Test
    void a_link_or_card_to_a_class_that_is_not_a_route_is_refused() throws ClassNotFoundException {
        assertThatThrownBy(() -> new NavEntry(NavEntry.Area.STAFF, 1, "x", NotARoute.class, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a route");
        assertThatThrownBy(() -> HomeCard.of(NavEntry.Area.RESIDENT, 1, "x", NotARoute.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a route");
        // a route with a parameter has no one address to link to (a test route would be served by the app)
        @SuppressWarnings("unchecked")
        var serviceView = (Class<? extends Component>) Class.forName("fi.tyollisyystalo.servicemap.ui.ServiceView");
        assertThatThrownBy(() -> new NavEntry(NavEntry.Area.RESIDENT, 1, "x", serviceView, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no fixed address");
    }

    private static Class<?> layout(NavEntry.Area area) {
        return area == NavEntry.Area.RESIDENT ? ResidentLayout.class : StaffLayout.class;
    }

    static class NotARoute extends Div {
    }
}
