package fi.tyollisyystalo.servicemap.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.pdf.PdfRenderer;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.PageTexts;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.servicemap.ServiceDetails;
import fi.tyollisyystalo.servicemap.ServiceMapPages;
import fi.tyollisyystalo.servicemap.ServiceMapService;

/**
 * The services a professional has collected for a client: remove, choose the client's language, and
 * download a PDF to print or hand over.
 */
@Route(value = ServiceMapPages.SERVICE_LIST, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR, Roles.SERVICE_EDITOR,
        Roles.MANAGER, Roles.ADMIN, Roles.PROFESSIONAL})
class ServiceListView extends Div implements HasDynamicTitle {

    private final ServiceMapService services;
    private final ServiceBasket basket;
    private final PdfRenderer pdf;
    private final OrderedList list = new OrderedList();
    private final Select<Locale> language = new NamedSelect<>();
    private final Anchor download = new Anchor();
    private final Paragraph empty = new Paragraph();
    private final PageTexts texts = new PageTexts(getLocale());

    private final java.time.Clock clock;

    ServiceListView(ServiceMapService services, ServiceBasket basket, PdfRenderer pdf, java.time.Clock clock) {
        this.clock = clock;
        this.services = services;
        this.basket = basket;
        this.pdf = pdf;
        addClassName("tt-page");
        list.setId("service-list");
        empty.setText(getTranslation("servicelist.empty"));
        language.setId("service-list-language");
        language.setLabel(getTranslation("servicelist.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("layout.language." + l.getLanguage()));
        language.setValue(Languages.supported(getLocale()));
        download.setId("service-list-pdf");
        download.setText(getTranslation("servicelist.pdf"));
        download.addClassNames("tt-button", "tt-button--primary");
        download.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.render(ServiceListPdf.xhtml(selected(), language.getValue(), java.time.LocalDate.now(clock.withZone(fi.tyollisyystalo.base.i18n.Formats.HELSINKI)),
                    (key, args) -> getTranslation(language.getValue(), key, args)));
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    getTranslation(language.getValue(), "servicelist.filename"),
                    "application/pdf", bytes.length);
        }));
        Button clear = new Button(getTranslation("servicelist.clear"), e -> {
            basket.clear();
            refresh();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(language, download, clear);
        actions.addClassNames("tt-actions");
        add(new H1(getTranslation("servicelist.title")), new Paragraph(getTranslation("servicelist.lead")), texts.notice(), empty, list,
                actions, new Paragraph(new Anchor(Pages.href(ServiceMapView.class), getTranslation("servicelist.find"))));
        refresh();
    }

    private List<ServiceDetails> selected() {
        // one query for the whole list, and never the internal fields: the PDF goes to the client
        return services.findPublished(basket.ids());
    }

    private void refresh() {
        list.removeAll();
        texts.clear();
        List<ServiceDetails> items = selected();
        for (ServiceDetails s : items) {
            Button remove = new Button(getTranslation("servicelist.remove"), e -> {
                basket.remove(s.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("servicelist.remove.label", s.data().name().in(getLocale())));
            list.add(new ListItem(texts.set(new Anchor("/" + ServiceMapPages.service(s.id()), ""), s.data().name()), remove));
        }
        empty.setVisible(items.isEmpty());
        download.setEnabled(!items.isEmpty());
        download.setVisible(!items.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("servicelist.title") + " – " + getTranslation("app.name");
    }
}
