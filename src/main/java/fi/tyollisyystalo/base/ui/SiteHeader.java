package fi.tyollisyystalo.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fi.tyollisyystalo.base.i18n.Languages;

/** Name and logo, language switcher, log in / log out, and the main navigation. */
class SiteHeader extends Header {

    private final List<Anchor> languageLinks = new ArrayList<>();
    private final List<Anchor> navLinks = new ArrayList<>();

    SiteHeader(AuthenticationContext auth, List<NavEntry> entries) {
        addClassName("tt-header");
        Div bar = new Div();
        bar.addClassName("tt-header__bar");

        Anchor brand = new Anchor("/", "");
        brand.addClassName("tt-brand");
        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("tt-brand__logo");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("tt-brand__name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("tt-brand__tagline");
        // the link's name is its visible words plus where it goes (WCAG 2.5.3 label in name)
        Span where = new Span(getTranslation("layout.home-link"));
        where.addClassName("tt-visually-hidden");
        Div words = new Div(name, tagline, where);
        brand.add(logo, words);

        Div tools = new Div(languageSwitcher(), account(auth));
        tools.addClassName("tt-header__tools");
        bar.add(brand, tools);

        Nav nav = new Nav();
        nav.addClassName("tt-mainnav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.mainnav"));
        UnorderedList list = new UnorderedList();
        for (NavEntry entry : entries) {
            Anchor link = new Anchor("/" + entry.path(), getTranslation(entry.labelKey()));
            link.getElement().setAttribute("data-path", entry.path());
            navLinks.add(link);
            list.add(new ListItem(link));
        }
        nav.add(list);
        add(bar, nav);
    }

    private Nav languageSwitcher() {
        Nav nav = new Nav();
        nav.addClassName("tt-lang");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.language"));
        for (Locale l : Languages.SUPPORTED) {
            Anchor a = new Anchor("?lang=" + l.getLanguage(), getTranslation("layout.language." + l.getLanguage()));
            a.getElement().setAttribute("lang", l.getLanguage());
            a.getElement().setAttribute("hreflang", l.getLanguage());
            a.getElement().setAttribute("router-ignore", true);
            a.getElement().setAttribute("data-lang", l.getLanguage());
            languageLinks.add(a);
            nav.add(a);
        }
        return nav;
    }

    private Div account(AuthenticationContext auth) {
        Div account = new Div();
        account.addClassName("tt-account");
        var user = auth.getAuthenticatedUser(OidcUser.class);
        if (user.isPresent()) {
            Span who = new Span(displayName(user.get()));
            who.addClassName("tt-account__name");
            Button logout = new Button(getTranslation("layout.logout"), e -> auth.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            account.add(who);
            if (auth.getGrantedRoles().stream().anyMatch(r -> !r.equals("RESIDENT"))) {
                account.add(new Anchor("/" + SitePages.STAFF_DESK, getTranslation("layout.staff-desk")));
            }
            account.add(logout);
        } else {
            Anchor login = new Anchor("/" + SitePages.LOGIN, getTranslation("layout.login"));
            login.setId("login");
            login.addClassName("tt-button");
            account.add(login);
        }
        return account;
    }

    static String displayName(OidcUser user) {
        if (user.getFullName() != null) {
            return user.getFullName();
        }
        String given = user.getGivenName() == null ? "" : user.getGivenName();
        String family = user.getFamilyName() == null ? "" : user.getFamilyName();
        return (given + " " + family).trim();
    }

    /** Language links keep the visitor on the same page; the current page is marked in the main navigation. */
    void update(Location location) {
        String path = location.getPath();
        String current = getLocale().getLanguage();
        for (Anchor a : languageLinks) {
            String lang = a.getElement().getAttribute("data-lang");
            var params = new java.util.HashMap<>(location.getQueryParameters().getParameters());
            params.put("lang", List.of(lang));
            a.setHref("/" + path + "?" + new QueryParameters(params).getQueryString());
            if (lang.equals(current)) {
                a.getElement().setAttribute("aria-current", "true");
            } else {
                a.getElement().removeAttribute("aria-current");
            }
        }
        for (Anchor a : navLinks) {
            if (a.getElement().getAttribute("data-path").equals(path)) {
                a.getElement().setAttribute("aria-current", "page");
            } else {
                a.getElement().removeAttribute("aria-current");
            }
        }
    }
}
