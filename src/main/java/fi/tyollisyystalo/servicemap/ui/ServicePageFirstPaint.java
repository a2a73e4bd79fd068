package fi.tyollisyystalo.servicemap.ui;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinRequest;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.base.ui.FirstPaintContent;
import fi.tyollisyystalo.base.ui.PageTexts;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.ServiceMapPages;
import fi.tyollisyystalo.servicemap.ServiceMapService;

/**
 * A service page's name, lead and description, shown before the client has run (issue #14): read with the same
 * call as {@link ServiceView} makes, so the first paint shows exactly what the page may show, and nothing for an
 * address that is not a service. Usually the view has just read it in the same request ({@link ServiceHandoff}).
 */
@Component
class ServicePageFirstPaint implements FirstPaintContent {

    private static final String PREFIX = ServiceMapPages.SERVICES + "/";

    private final ServiceMapService services;

    ServicePageFirstPaint(ServiceMapService services) {
        this.services = services;
    }

    @Override
    public boolean handles(String path) {
        return path.startsWith(PREFIX) && path.indexOf('/', PREFIX.length()) < 0;
    }

    @Override
    public void render(Element main, String path, Locale locale, UnaryOperator<String> translate) {
        OptionalLong id = RouteIds.of(path.substring(PREFIX.length()));
        if (id.isEmpty()) {
            return;
        }
        ServiceHandoff.forFirstPaint(VaadinRequest.getCurrent(), id.getAsLong(), services::find).ifPresent(s -> {
            ServiceData d = s.data();
            PageTexts texts = new PageTexts(locale);
            Element page = main.appendElement("div").addClass("tt-page").addClass("tt-service");
            text(page.appendElement("h1"), texts, d.name());
            text(page.appendElement("p").addClass("tt-lead"), texts, d.summary());
            if (!d.description().isBlank()) {
                Element section = page.appendElement("section");
                section.appendElement("h2").text(translate.apply("servicemap.section.description"));
                text(section.appendElement("p"), texts, d.description());
            }
        });
    }

    private static void text(Element element, PageTexts texts, LocalizedText text) {
        element.text(texts.mark(element, text));
    }
}
