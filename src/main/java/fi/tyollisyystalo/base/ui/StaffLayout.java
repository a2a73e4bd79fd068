package fi.tyollisyystalo.base.ui;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import fi.tyollisyystalo.base.i18n.Languages;

/**
 * The back-office: side navigation with the sections the staff member's roles allow, and the
 * signed-in user with their roles in the top bar.
 */
@PermitAll
public class StaffLayout extends AppLayout implements AfterNavigationObserver {

    private final Main main = new Main();

    public StaffLayout(AuthenticationContext auth, List<NavEntry> navEntries,
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        addClassName("tt-staff");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("staff.menu"));
        Anchor brand = new Anchor("/" + SitePages.STAFF_DESK, getTranslation("staff.title"));
        brand.addClassName("tt-staff__brand");
        Div user = new Div();
        user.addClassName("tt-staff__user");
        auth.getAuthenticatedUser(OidcUser.class).ifPresent(u -> {
            Span name = new Span(SiteHeader.displayName(u));
            name.addClassName("tt-staff__name");
            String roles = String.join(", ", auth.getGrantedRoles().stream().sorted()
                    .map(r -> getTranslation("role." + r)).toList());
            Span role = new Span(roles);
            role.addClassName("tt-staff__role");
            user.add(name, role);
        });
        Div langs = new Div();
        langs.addClassName("tt-staff__langs");
        for (var l : Languages.SUPPORTED) {
            Anchor a = new Anchor("/" + SitePages.STAFF_DESK + "?lang=" + l.getLanguage(), l.getLanguage().toUpperCase());
            a.getElement().setAttribute("router-ignore", true);
            a.getElement().setAttribute("lang", l.getLanguage());
            a.getElement().setAttribute("aria-label", getTranslation("layout.language." + l.getLanguage()));
            langs.add(a);
        }
        Button logout = new Button(getTranslation("layout.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        addToNavbar(SkipLink.to(main), toggle, brand, user, langs, logout);

        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("staff.nav"));
        navEntries.stream().filter(e -> e.area() == NavEntry.Area.STAFF)
                .filter(e -> e.roles().isEmpty() || e.roles().stream().anyMatch(auth::hasRole))
                .sorted(Comparator.comparingInt(NavEntry::order))
                .forEach(e -> nav.addItem(new SideNavItem(getTranslation(e.labelKey()), "/" + e.path())));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.public"), "/"));
        addToDrawer(nav);
        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("tt-staff__main");
        setContent(main);
        if (auth.isAuthenticated()) {
            addToNavbar(new SessionTimeoutWarning(idleTimeout));
        }
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // keep the language links on the current page
        getElement().executeJs("for (const a of this.querySelectorAll('.tt-staff__langs a')) {"
                + " a.href = '/' + $0 + '?lang=' + a.getAttribute('lang'); }", event.getLocation().getPath());
    }
}
