package fi.tyollisyystalo.base.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fi.tyollisyystalo.base.i18n.Languages;

/**
 * Name and logo, language switcher, log in / log out, and the main navigation. It is on every resident page and
 * almost all of it is links, so it is static markup ({@link StaticHtml}): the language links and the main
 * navigation are written again after each navigation (their addresses and the current page change), and only
 * a signed-in visitor's log-out button is a component (issue #14: a handful of server-side nodes instead of some
 * thirty, docs/benchmarks.md).
 */
class SiteHeader extends Header {

    private final Nav languages = new Nav();
    private final Nav mainNav = new Nav();
    private final List<NavEntry> entries;

    SiteHeader(AuthenticationContext auth, List<NavEntry> entries) {
        this.entries = List.copyOf(entries);
        addClassName("tt-header");
        Div bar = new Div();
        bar.addClassName("tt-header__bar");

        Element brand = StaticHtml.root("a").addClass("tt-brand").attr("href", "/");
        brand.appendElement("img").addClass("tt-brand__logo").attr("src", "images/logo.svg").attr("alt", "");
        Element words = brand.appendElement("div");
        words.appendElement("span").addClass("tt-brand__name").text(getTranslation("app.name"));
        words.appendElement("span").addClass("tt-brand__tagline").text(getTranslation("app.tagline"));
        // the link's name is its visible words plus where it goes (WCAG 2.5.3 label in name)
        words.appendElement("span").addClass("tt-visually-hidden").text(getTranslation("layout.home-link"));

        languages.addClassName("tt-lang");
        languages.getElement().setAttribute("aria-label", getTranslation("layout.language"));
        Div tools = new Div(languages, account(auth));
        tools.addClassName("tt-header__tools");
        bar.add(StaticHtml.of(brand), tools);

        mainNav.addClassName("tt-mainnav");
        mainNav.getElement().setAttribute("aria-label", getTranslation("layout.mainnav"));
        add(bar, mainNav);
        update("", QueryParameters.empty());
    }

    private Component account(AuthenticationContext auth) {
        var user = auth.getAuthenticatedUser(OidcUser.class);
        if (user.isEmpty()) {
            Element account = StaticHtml.root("div").addClass("tt-account");
            account.appendElement("a").id("login").addClass("tt-button").attr("href", "/" + SitePages.LOGIN)
                    .text(getTranslation("layout.login"));
            return StaticHtml.of(account);
        }
        Div account = new Div();
        account.addClassName("tt-account");
        account.add(StaticHtml.of(StaticHtml.root("span").addClass("tt-account__name").text(displayName(user.get()))));
        if (auth.getGrantedRoles().stream().anyMatch(r -> !r.equals("RESIDENT"))) {
            account.add(StaticHtml.of(StaticHtml.root("a").attr("href", "/" + SitePages.STAFF_DESK)
                    .text(getTranslation("layout.staff-desk"))));
        }
        Button logout = new Button(getTranslation("layout.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        account.add(logout);
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
        update(location.getPath(), location.getQueryParameters());
    }

    private void update(String path, QueryParameters query) {
        String current = getLocale().getLanguage();
        Element links = StaticHtml.root("nav");
        for (Locale l : Languages.SUPPORTED) {
            String lang = l.getLanguage();
            var params = new HashMap<>(query.getParameters());
            params.put("lang", List.of(lang));
            // a full page load: the new language applies to everything, and is remembered
            Element a = links.appendElement("a").attr("href", "/" + path + "?" + new QueryParameters(params)
                    .getQueryString()).attr("lang", lang).attr("hreflang", lang).attr("router-ignore", "")
                    .attr("data-lang", lang).text(getTranslation("layout.language." + lang));
            if (lang.equals(current)) {
                a.attr("aria-current", "true");
            }
        }
        StaticHtml.fill(languages, links);

        Element list = StaticHtml.root("nav").appendElement("ul");
        for (NavEntry entry : entries) {
            Element a = list.appendElement("li").appendElement("a").attr("href", "/" + entry.path())
                    .attr("data-path", entry.path()).text(getTranslation(entry.labelKey()));
            if (entry.path().equals(path)) {
                a.attr("aria-current", "page");
            }
        }
        StaticHtml.fill(mainNav, list.parent());
    }
}
