package fi.tyollisyystalo.base.ui;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The front door's first words: the heading, the lead and "no referral needed". The home page shows them as static
 * markup, and the same markup is the home page's first paint before the client has run ({@link FirstPaint}).
 */
@Component
class HomeHero implements FirstPaintContent {

    @Override
    public boolean handles(String path) {
        return path.isEmpty() || path.equals(SitePages.FRONT);
    }

    @Override
    public void render(Element main, String path, Locale locale, UnaryOperator<String> translate) {
        main.appendElement("div").addClass("tt-home").appendChild(markup(translate));
    }

    static Element markup(UnaryOperator<String> translate) {
        Element hero = StaticHtml.root("section").addClass("tt-hero");
        hero.appendElement("h1").text(translate.apply("home.hero.title"));
        hero.appendElement("p").addClass("tt-lead").text(translate.apply("home.hero.lead"));
        hero.appendElement("p").text(translate.apply("home.hero.noreferral"));
        return hero;
    }
}
