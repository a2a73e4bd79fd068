package fi.tyollisyystalo.servicemap.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

import fi.tyollisyystalo.servicemap.ServiceMapPages;
import fi.tyollisyystalo.base.ui.PageTexts;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.ServiceHit;

/** A service in the result list: name (the link), provider, summary, domains and ways in. */
class ServiceCard extends ListItem {

    /** {@code search} is the search the card was found with, so the service page can lead back to it. */
    ServiceCard(ServiceHit hit, PageTexts texts, QueryParameters search) {
        addClassName("tt-service-card");
        H2 title = new H2(texts.set(new Anchor(ServiceQueryParameters.href(ServiceMapPages.service(hit.id()), search), ""),
                hit.name()));
        Paragraph provider = texts.paragraph(hit.organisationName());
        provider.addClassName("tt-service-card__provider");
        Paragraph summary = texts.paragraph(hit.summary());
        Div tags = new Div();
        tags.addClassName("tt-tags");
        for (Domain d : Domain.values()) {
            if (hit.domains().contains(d)) {
                Span tag = new Span(getTranslation("domain." + d.name()));
                tag.addClassNames("tt-tag", "tt-tag--" + d.name().toLowerCase());
                tags.add(tag);
            }
        }
        Paragraph ways = new Paragraph(String.join(" · ", hit.ways().stream()
                .map(w -> getTranslation("servicemap.way." + w.name())).toList())
                + (hit.chargeType() == ChargeType.FREE ? " · " + getTranslation("servicemap.charge.FREE") : ""));
        ways.addClassName("tt-service-card__ways");
        add(title, provider, summary, tags, ways);
    }
}
