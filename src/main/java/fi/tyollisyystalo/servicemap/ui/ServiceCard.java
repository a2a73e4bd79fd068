package fi.tyollisyystalo.servicemap.ui;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.Element;

import com.vaadin.flow.router.QueryParameters;

import fi.tyollisyystalo.base.ui.PageTexts;
import fi.tyollisyystalo.base.ui.StaticHtml;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.ServiceHit;
import fi.tyollisyystalo.servicemap.ServiceMapPages;

/**
 * A service in the result list: name (the link), provider, summary, domains and ways in. Static markup
 * ({@link StaticHtml}): the list holds its cards as one piece of markup, not a component per card or per tag.
 */
final class ServiceCard {

    private ServiceCard() {
    }

    /**
     * {@code search} is the search the card was found with, so the service page can lead back to it;
     * {@code translation} gives the page's translation of a key.
     */
    static Element of(ServiceHit hit, PageTexts texts, QueryParameters search, UnaryOperator<String> translation) {
        Element card = StaticHtml.root("li").addClass("tt-service-card");
        Element link = new Element("a").attr("href",
                ServiceQueryParameters.href(ServiceMapPages.service(hit.id()), search));
        link.text(texts.mark(link, hit.name()));
        card.appendElement("h2").appendChild(link);
        Element provider = card.appendElement("p").addClass("tt-service-card__provider");
        provider.text(texts.mark(provider, hit.organisationName()));
        Element summary = card.appendElement("p");
        summary.text(texts.mark(summary, hit.summary()));
        Element tags = card.appendElement("div").addClass("tt-tags");
        for (Domain d : Domain.values()) {
            if (hit.domains().contains(d)) {
                tags.appendElement("span").addClass("tt-tag").addClass("tt-tag--" + d.name().toLowerCase(Locale.ROOT))
                        .text(translation.apply("domain." + d.name()));
            }
        }
        card.appendElement("p").addClass("tt-service-card__ways").text(String.join(" · ", hit.ways().stream()
                .map(w -> translation.apply("servicemap.way." + w.name())).toList())
                + (hit.chargeType() == ChargeType.FREE ? " · " + translation.apply("servicemap.charge.FREE") : ""));
        return card;
    }
}
