package fi.tyollisyystalo.servicemap.ui;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.ui.FirstPaintContent;
import fi.tyollisyystalo.servicemap.ServiceMapPages;

/** The service map's heading and lead, shown before the client has run (issue #14). */
@Component
class ServiceMapFirstPaint implements FirstPaintContent {

    @Override
    public boolean handles(String path) {
        return path.equals(ServiceMapPages.SERVICES);
    }

    @Override
    public void render(Element main, String path, Locale locale, UnaryOperator<String> translate) {
        Element page = main.appendElement("div").addClass("tt-page").addClass("tt-page--wide");
        page.appendElement("h1").text(translate.apply("servicemap.title"));
        page.appendElement("p").text(translate.apply("servicemap.lead"));
    }
}
