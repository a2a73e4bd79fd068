package fi.tyollisyystalo.servicemap.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.servicemap.ServiceMapPages;
import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.base.ui.FactList;
import fi.tyollisyystalo.base.ui.PageTexts;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.Region;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.ServiceDetails;
import fi.tyollisyystalo.servicemap.ServiceMapService;

/**
 * A service's own page: what it is, who it is for, what it costs, and every way in. Printable, with
 * a link to share. Professionals also see how to refer a client.
 */
@Route(value = ServiceMapPages.SERVICES + "/:id", layout = ResidentLayout.class)
@AnonymousAllowed
class ServiceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceMapService services;
    private final ServiceBasket basket;
    private final CurrentUser currentUser;
    private String title = "";

    private final java.time.Clock clock;

    ServiceView(ServiceMapService services, ServiceBasket basket, CurrentUser currentUser, java.time.Clock clock) {
        this.clock = clock;
        this.services = services;
        this.basket = basket;
        this.currentUser = currentUser;
        addClassNames("tt-page", "tt-service");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "id");
        backToSearch = ServiceQueryParameters.carried(event.getLocation().getQueryParameters());
        // the page's first paint, added to the bootstrap page after this view, shows the same without a second read
        ServiceHandoff.reading(VaadinRequest.getCurrent(), id);
        ServiceDetails s = services.find(id).orElseThrow(NotFoundException::new);
        ServiceHandoff.keep(VaadinRequest.getCurrent(), s);
        render(s);
    }

    private long currentId;
    private QueryParameters backToSearch = QueryParameters.empty();

    private void render(ServiceDetails s) {
        removeAll();
        currentId = s.id();
        Locale locale = getLocale();
        PageTexts texts = new PageTexts(locale);
        ServiceData d = s.data();
        H1 heading = texts.set(new H1(), d.name());
        title = heading.getText();
        Anchor back = new Anchor(ServiceQueryParameters.href(ServiceMapPages.SERVICES, backToSearch), getTranslation("servicemap.back"));
        back.addClassName("tt-back");
        add(back, heading);
        Paragraph provider = texts.sentence("servicemap.provider", s.organisationName());
        provider.addClassName("tt-service__provider");
        Paragraph lead = texts.paragraph(d.summary());
        lead.addClassName("tt-lead");
        Div tags = new Div();
        tags.addClassName("tt-tags");
        for (Domain dom : Domain.values()) {
            if (d.domains().contains(dom)) {
                Span t = new Span(getTranslation("domain." + dom.name()));
                t.addClassNames("tt-tag", "tt-tag--" + dom.name().toLowerCase());
                tags.add(t);
            }
        }
        add(provider, lead, texts.notice(), tags, actions());
        text(texts, "servicemap.section.description", d.description());
        text(texts, "servicemap.section.howtouse", d.howToUse());
        text(texts, "servicemap.section.requirements", d.requirements());

        FactList facts = new FactList()
                .add(getTranslation("servicemap.fact.charge"), getTranslation("servicemap.charge." + d.chargeType()))
                .add(getTranslation("servicemap.fact.languages"), String.join(", ", d.languages().stream().sorted()
                        .map(l -> getTranslation("servicemap.language." + l)).toList()))
                .add(getTranslation("servicemap.fact.area"), d.municipalities().isEmpty()
                        ? getTranslation("servicemap.area.region")
                        : String.join(", ", d.municipalities().stream().map(m -> Region.name(m, locale)).sorted().toList()))
                .add(getTranslation("servicemap.fact.for"), String.join(", ", d.targetGroups().stream()
                        .map(t -> getTranslation("servicemap.target." + t.name())).toList()));
        add(new Section(new H2(getTranslation("servicemap.section.facts")), facts));

        Section channels = new Section(new H2(getTranslation("servicemap.section.channels")));
        channels.setId("channels");
        for (ChannelData c : d.channels()) {
            channels.add(new ChannelCard(c, texts, clock));
        }
        add(channels);
        if (d.internalReferral() != null || d.internalContact() != null) {
            Section internal = new Section(new H2(getTranslation("servicemap.section.internal")));
            internal.setId("internal");
            internal.addClassName("tt-callout");
            if (d.internalReferral() != null) {
                internal.add(new Paragraph(d.internalReferral()));
            }
            if (d.internalContact() != null) {
                internal.add(new Paragraph(getTranslation("servicemap.internal.contact", d.internalContact())));
            }
            add(internal);
        }
    }

    private Div actions() {
        Button print = new Button(getTranslation("servicemap.print"), e -> getUI().ifPresent(ui ->
                ui.getPage().executeJs("window.print()")));
        print.setId("print");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph copied = new Paragraph();
        copied.getElement().setAttribute("role", "status");
        copied.addClassName("tt-status");
        Button share = new Button(getTranslation("servicemap.share"), e -> {
            getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText(location.href)"
                    + ".then(() => true, () => false) : false");
            copied.setText(getTranslation("servicemap.share.done"));
        });
        share.setId("share");
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(print, share);
        if (currentUser.isStaff()) {
            Button collect = new Button(getTranslation("servicelist.add"));
            collect.setId("add-to-list");
            collect.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            collect.addClickListener(e -> {
                basket.add(currentId);
                copied.setText(getTranslation("servicelist.added", basket.ids().size()));
            });
            actions.add(collect, new Anchor(Pages.href(ServiceListView.class), getTranslation("servicelist.open")));
        }
        actions.add(copied);
        actions.addClassName("tt-actions");
        return actions;
    }

    private void text(PageTexts texts, String headingKey, LocalizedText text) {
        if (!text.isBlank()) {
            add(new Section(new H2(getTranslation(headingKey)), texts.paragraph(text)));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("servicemap.title");
    }
}
