package fi.tyollisyystalo.base.ui;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The public face of the house: skip link, header with the name, language switcher and log in/out,
 * the main navigation, the page content and the footer with the legal pages and contacts.
 */
@AnonymousAllowed
public class ResidentLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final SiteHeader header;
    private boolean navigatedOnce;

    public ResidentLayout(AuthenticationContext auth, List<NavEntry> navEntries, Organisation organisation,
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        addClassName("tt-app");
        List<NavEntry> entries = navEntries.stream()
                .filter(e -> e.area() == NavEntry.Area.RESIDENT)
                .filter(e -> e.roles().isEmpty() || e.roles().stream().anyMatch(auth::hasRole))
                .sorted(Comparator.comparingInt(NavEntry::order)).toList();
        header = new SiteHeader(auth, entries);
        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("tt-main");
        add(SkipLink.to(main), header, main, new SiteFooter(organisation));
        if (auth.isAuthenticated()) {
            add(new SessionTimeoutWarning(idleTimeout));
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        header.update(event.getLocation());
        // After an in-page navigation, move focus to the new content as a full page load would.
        if (navigatedOnce) {
            main.getElement().executeJs("this.focus({preventScroll:false}); window.scrollTo(0,0);");
        }
        navigatedOnce = true;
    }

    static Component link(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.getElement().setAttribute("router-ignore", true);
        return a;
    }
}
