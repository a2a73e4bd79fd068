package fi.tyollisyystalo.servicemap.ui;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fi.tyollisyystalo.servicemap.ServiceMapPages;
import fi.tyollisyystalo.base.ui.PageTexts;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.servicemap.SearchResult;
import fi.tyollisyystalo.servicemap.ServiceMapService;
import fi.tyollisyystalo.servicemap.ServiceQuery;

/**
 * The service map's search: one search box, the domains of functioning and more filters with
 * counts, and results 20 at a time. The address bar always holds the search, so it can be shared.
 */
@Route(value = ServiceMapPages.SERVICES, layout = ResidentLayout.class)
@AnonymousAllowed
class ServiceMapView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 20;

    private final ServiceMapService services;
    private final TextField search = new TextField();
    private final ServiceFilters filters = new ServiceFilters();
    private final Paragraph summary = new Paragraph();
    private final UnorderedList results = new UnorderedList();
    private final Button more = new Button();
    /** The map and its script (Leaflet, 160 KB) are made only when the visitor asks for the map. */
    private LeafletMap map;
    private final Div mapSlot = new Div();
    private final String tileUrl;
    private final String attribution;
    private final Button mapToggle = new Button();
    private final PageTexts texts = new PageTexts(getLocale());
    private ServiceQuery query = ServiceQuery.ALL;
    private int shown;

    ServiceMapView(ServiceMapService services, @Value("${tyollisyystalo.map.tile-url}") String tileUrl,
            @Value("${tyollisyystalo.map.attribution}") String attribution) {
        this.services = services;
        this.tileUrl = tileUrl;
        this.attribution = attribution;
        mapSlot.addClassName("tt-map-slot");
        mapToggle.setId("map-toggle");
        mapToggle.setText(getTranslation("servicemap.map.show"));
        mapToggle.getElement().setAttribute("aria-pressed", "false");
        mapToggle.addClickListener(e -> toggleMap());
        addClassNames("tt-page", "tt-page--wide", "tt-servicemap");
        search.setId("service-search");
        search.setLabel(getTranslation("servicemap.search.label"));
        search.setHelperText(getTranslation("servicemap.search.help"));
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.getElement().setAttribute("enterkeyhint", "search");
        search.addKeyPressListener(Key.ENTER, e -> runNewSearch());
        Button go = new Button(getTranslation("servicemap.search.button"), e -> runNewSearch());
        go.setId("service-search-button");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div searchRow = new Div(search, go);
        searchRow.addClassName("tt-searchrow");
        searchRow.getElement().setAttribute("role", "search");

        filters.addChangeListener(this::runNewSearch);
        summary.setId("result-summary");
        summary.addClassName("tt-result-summary");
        summary.getElement().setAttribute("role", "status");
        results.setId("results");
        results.addClassName("tt-results");
        more.setText(getTranslation("servicemap.more"));
        more.setId("more-results");
        more.addClickListener(e -> showMore());

        Div resultBar = new Div(summary, mapToggle);
        resultBar.addClassName("tt-resultbar");
        add(new H1(getTranslation("servicemap.title")), new Paragraph(getTranslation("servicemap.lead")), searchRow,
                filters, resultBar, texts.notice(), mapSlot, results, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = ServiceQueryParameters.parse(event.getLocation().getQueryParameters());
        search.setValue(query.text());
        filters.show(query);
        run();
    }

    private void runNewSearch() {
        query = filters.query(search.getValue());
        filters.show(query);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("services", ServiceQueryParameters.of(query))));
        run();
    }

    private void run() {
        results.getElement().setProperty("innerHTML", "");
        texts.clear();
        shown = 0;
        SearchResult first = services.search(query, getLocale(), 0, PAGE);
        filters.counts(first);
        summary.setText(first.total() == 0 ? getTranslation("servicemap.results.none")
                : getTranslation("servicemap.results.count", first.total()));
        append(first);
        if (mapShown()) {
            map.show(services.mapPoints(query, getLocale()));
        }
    }

    private void toggleMap() {
        boolean show = !mapShown();
        if (map == null) {
            map = new LeafletMap(tileUrl, attribution);
            mapSlot.add(map);
        }
        map.setVisible(show);
        mapToggle.setText(getTranslation(show ? "servicemap.map.hide" : "servicemap.map.show"));
        mapToggle.getElement().setAttribute("aria-pressed", String.valueOf(show));
        if (show) {
            map.show(services.mapPoints(query, getLocale()));
        }
    }

    private boolean mapShown() {
        return map != null && map.isVisible();
    }

    /**
     * The next page of cards. Keyboard and screen-reader users go on where the new cards begin: the focus moves to
     * the first new card's link (the button may be gone), and the result summary, a status region, says how many
     * are now shown.
     */
    private void showMore() {
        int before = shown;
        SearchResult next = services.search(query, getLocale(), shown, PAGE);
        append(next);
        summary.setText(getTranslation("servicemap.results.shown", next.total(), shown));
        results.getElement().executeJs("const li = this.children[$0]; const a = li && li.querySelector('a');"
                + " if (a) { a.focus(); }", before);
    }

    /**
     * The cards are one piece of static markup in the list (one server-side node for all of them); more cards are
     * added to it, and the browser draws the list again.
     */
    private void append(SearchResult page) {
        QueryParameters search = ServiceQueryParameters.of(query);
        StringBuilder cards = new StringBuilder(results.getElement().getProperty("innerHTML", ""));
        page.hits().forEach(hit -> cards.append(ServiceCard.of(hit, texts, search, key -> getTranslation(key))
                .outerHtml()));
        results.getElement().setProperty("innerHTML", cards.toString());
        shown += page.hits().size();
        more.setVisible(shown < page.total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("servicemap.title") + " – " + getTranslation("app.name");
    }
}
