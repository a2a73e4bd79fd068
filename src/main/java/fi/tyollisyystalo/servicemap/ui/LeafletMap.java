package fi.tyollisyystalo.servicemap.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;

import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.servicemap.MapPoint;

/**
 * Service locations on a Leaflet map (loaded from its WebJar at run time, no npm build), with
 * markers grouped into numbered clusters. The tile server is configuration; where tiles cannot load,
 * the list beside it still has everything.
 */
@JavaScript("context://webjars/leaflet/1.9.4/dist/leaflet.js")
@JavaScript("context://frontend-static/tt-map.js")
@StyleSheet("context://webjars/leaflet/1.9.4/dist/leaflet.css")
class LeafletMap extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String tileUrl;
    private final String attribution;

    LeafletMap(String tileUrl, String attribution) {
        this.tileUrl = tileUrl;
        this.attribution = attribution;
        setId("service-map");
        addClassName("tt-map");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("servicemap.map.label"));
    }

    void show(List<MapPoint> points) {
        List<Map<String, Object>> data = points.stream().map(p -> Map.<String, Object>of("id", p.serviceId(),
                "name", p.name(), "lat", p.latitude(), "lon", p.longitude(), "address", p.address(),
                // a name shown in another language than the page's carries its own lang (WCAG 3.1.2)
                "lang", p.nameLanguage() == null ? "" : p.nameLanguage())).toList();
        getElement().executeJs("window.ttMap && window.ttMap.show(this, $0, $1, JSON.parse($2), JSON.parse($3))",
                tileUrl, attribution, JSON.writeValueAsString(data),
                JSON.writeValueAsString(Map.of("cluster", getTranslation("servicemap.map.cluster"))));
    }
}
