package fi.tyollisyystalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import fi.tyollisyystalo.base.security.Roles;

/**
 * Every route × every kind of visitor (anonymous, resident, each staff role) against the intended
 * access, read from the routes' real annotations with Vaadin's own checker. A new route fails this
 * test until its row is added here.
 */
class RouteAccessMatrixTest {

    private static final String ANONYMOUS = "ANONYMOUS";
    private static final Set<String> EVERYONE = Set.of(ANONYMOUS, Roles.RESIDENT, Roles.COORDINATOR, Roles.NURSE,
            Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR, Roles.SERVICE_EDITOR, Roles.MANAGER, Roles.ADMIN, Roles.PROFESSIONAL);
    private static final Set<String> STAFF = Set.copyOf(Roles.STAFF_ROLES);
    private static final Set<String> CLIENT_WORK = Set.copyOf(Roles.CLIENT_WORK_ROLES);
    private static final Set<String> SIGNED_IN = EVERYONE.stream().filter(r -> !r.equals(ANONYMOUS))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("", EVERYONE),
            Map.entry("accessibility", EVERYONE),
            Map.entry("privacy", EVERYONE),
            Map.entry("contact", EVERYONE),
            // development only: a 404 when the in-process mail server does not run (never in production)
            Map.entry("dev/mailbox", EVERYONE),
            Map.entry("login", EVERYONE),
            Map.entry("services", EVERYONE),
            Map.entry("services/:id", EVERYONE),
            Map.entry("my-page", Set.of(Roles.RESIDENT)),
            Map.entry("signed-in", SIGNED_IN),
            Map.entry("staff", STAFF),
            Map.entry("staff/clients", CLIENT_WORK),
            Map.entry("staff/audit", Set.of(Roles.ADMIN)),
            Map.entry("staff/search-index", Set.of(Roles.ADMIN)),
            Map.entry("staff/services", Set.of(Roles.SERVICE_EDITOR)),
            Map.entry("staff/service-list", STAFF),
            Map.entry("staff/organisations", Set.of(Roles.SERVICE_EDITOR)),
            Map.entry("staff/ptv-import", Set.of(Roles.SERVICE_EDITOR)),
            Map.entry("staff/services/:id", Set.of(Roles.SERVICE_EDITOR)),
            Map.entry("health-check", EVERYONE),
            Map.entry("health-check/continue", Set.of(Roles.RESIDENT)),
            Map.entry("health-check/:checkId([0-9]+)/step/:sectionId", Set.of(Roles.RESIDENT)),
            Map.entry("health-check/:checkId([0-9]+)/check", Set.of(Roles.RESIDENT)),
            Map.entry("health-check/result/:checkId([0-9]+)", Set.of(Roles.RESIDENT)),
            Map.entry("staff/health-checks", CLIENT_WORK),
            Map.entry("staff/contact-requests", CLIENT_WORK),
            Map.entry("staff/contact-requests/:requestId([0-9]+)", CLIENT_WORK),
            Map.entry("contact-coordinator", EVERYONE),
            Map.entry("staff/refer", Set.of(Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR,
                    Roles.SOCIAL_COUNSELLOR)),
            Map.entry("staff/professional-requests", CLIENT_WORK),
            Map.entry("contact-coordinator/continue", Set.of(Roles.RESIDENT)),
            Map.entry("contact-coordinator/:draftId([0-9]+)/step/:step", Set.of(Roles.RESIDENT)),
            Map.entry("contact-coordinator/:draftId([0-9]+)/check", Set.of(Roles.RESIDENT)),
            Map.entry("contact-coordinator/sent/:requestId([0-9]+)", Set.of(Roles.RESIDENT)),

            // secure messages: the resident's own threads, the team's inbox (never editors, managers, partners)
            Map.entry("messages", Set.of(Roles.RESIDENT)),
            Map.entry("messages/:threadId([0-9]+)", Set.of(Roles.RESIDENT)),
            Map.entry("staff/messages", CLIENT_WORK),
            Map.entry("staff/messages/:threadId([0-9]+)", CLIENT_WORK),
            // booking: the resident's own appointments; the calendars and client bookings for client work only
            Map.entry("appointments", Set.of(Roles.RESIDENT)),
            Map.entry("appointments/book", Set.of(Roles.RESIDENT)),
            Map.entry("appointments/:appointmentId([0-9]+)", Set.of(Roles.RESIDENT)),
            Map.entry("appointments/offer/:offerId([0-9]+)", Set.of(Roles.RESIDENT)),
            // casework: the resident's own plan; cases for client work
            Map.entry("my-plan", Set.of(Roles.RESIDENT)),
            Map.entry("follow-up/:followUpId([0-9]+)", Set.of(Roles.RESIDENT)),
            // the stakeholder survey: partners answer a round, the team's manager opens one
            Map.entry("staff/survey/:roundId([0-9]+)", Set.of(Roles.PROFESSIONAL)),
            Map.entry("staff/stakeholder-survey", Set.of(Roles.MANAGER)),
            Map.entry("staff/cases", CLIENT_WORK),
            Map.entry("staff/cases/:caseId([0-9]+)", CLIENT_WORK),
            Map.entry("staff/network", Set.of(Roles.PROFESSIONAL)),
            Map.entry("staff/network/:caseId([0-9]+)", Set.of(Roles.PROFESSIONAL)),
            Map.entry("staff/evaluations", Set.of(Roles.MANAGER)),
            Map.entry("staff/calendar", CLIENT_WORK),
            Map.entry("staff/calendar/book", CLIENT_WORK),
            Map.entry("staff/availability", CLIENT_WORK),
            Map.entry("staff/appointment-types", Set.of(Roles.SERVICE_EDITOR, Roles.MANAGER)),
            Map.entry("staff/statistics", Set.of(Roles.MANAGER, Roles.ADMIN)),
            Map.entry("staff/appointments/:appointmentId([0-9]+)", CLIENT_WORK),
            Map.entry("staff/health-checks/:checkId([0-9]+)", CLIENT_WORK));

    @Test
    void every_route_allows_exactly_the_intended_visitors() throws ClassNotFoundException {
        Map<String, Class<?>> routes = routes();
        assertThat(routes.keySet()).as("routes without a row in the access matrix, or rows without a route")
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        List<String> wrong = new ArrayList<>();
        for (var route : routes.entrySet()) {
            for (String who : EVERYONE) {
                Principal principal = who.equals(ANONYMOUS) ? null : () -> "user-" + who;
                boolean allowed = checker.hasAccess(route.getValue(), principal, role -> role.equals(who));
                boolean expected = EXPECTED.get(route.getKey()).contains(who);
                if (allowed != expected) {
                    wrong.add("/" + route.getKey() + " for " + who + ": " + (allowed ? "allowed" : "denied")
                            + ", expected " + (expected ? "allowed" : "denied"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * JSR-250 method security is off (identity.internal.SecurityConfig): {@code @RolesAllowed} and its kin are
     * read by Vaadin's navigation access control alone, so anywhere but on a route or its layout they would guard
     * nothing.
     * Services use {@code @PreAuthorize} (DD003).
     */
    @Test
    void access_annotations_of_jsr_250_are_on_routes_only() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        List<Class<? extends java.lang.annotation.Annotation>> jsr250 = List.of(jakarta.annotation.security.RolesAllowed.class,
                jakarta.annotation.security.PermitAll.class, jakarta.annotation.security.DenyAll.class);
        List<String> misplaced = new ArrayList<>();
        int routesSeen = 0;
        for (var bean : scanner.findCandidateComponents("fi.tyollisyystalo")) {
            Class<?> type = Class.forName(bean.getBeanClassName(), false, getClass().getClassLoader());
            // a route, or a layout around routes: both are checked by the navigation access control
            boolean route = type.isAnnotationPresent(Route.class)
                    || com.vaadin.flow.router.RouterLayout.class.isAssignableFrom(type);
            for (var annotation : jsr250) {
                if (type.isAnnotationPresent(annotation)) {
                    if (route) {
                        routesSeen++;
                    } else {
                        misplaced.add(type.getName() + " @" + annotation.getSimpleName());
                    }
                }
                for (var method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(annotation)) {
                        misplaced.add(type.getName() + "." + method.getName() + " @" + annotation.getSimpleName());
                    }
                }
            }
        }
        assertThat(routesSeen).as("routes with a JSR-250 annotation").isPositive();
        assertThat(misplaced).as("JSR-250 annotations that no one enforces there").isEmpty();
    }

    private static Map<String, Class<?>> routes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        for (var bean : scanner.findCandidateComponents("fi.tyollisyystalo")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            if (type.getPackageName().startsWith("fi.tyollisyystalo.e2e")) {
                continue; // routes that exist only in tests
            }
            routes.put(type.getAnnotation(Route.class).value(), type);
        }
        return routes;
    }
}
