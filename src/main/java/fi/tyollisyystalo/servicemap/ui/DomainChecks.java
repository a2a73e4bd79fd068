package fi.tyollisyystalo.servicemap.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jsoup.nodes.Entities;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

import fi.tyollisyystalo.servicemap.Domain;

/**
 * The domains of functioning as native check boxes in a {@code fieldset} whose {@code legend} names the group: the
 * service map's main filter, on every visit. Plain elements without components, and one listener on the fieldset
 * for all six boxes: a {@code CheckboxGroup} made a field component of each box, most of an open map's
 * server-side state (issue #14, docs/benchmarks.md). Each name and count is in a span of its own, so a new search
 * changes the numbers in place and a keyboard user's focus stays on the box they just ticked.
 */
@Tag("fieldset")
class DomainChecks extends Component {

    private final Map<Domain, Element> boxes = new EnumMap<>(Domain.class);
    private final Map<Domain, Element> names = new EnumMap<>(Domain.class);
    private final Set<Domain> selected = EnumSet.noneOf(Domain.class);
    private final Function<Domain, String> name;

    /** {@code name} is a domain's name in the page's language; {@code changed} runs when the visitor ticks a box. */
    DomainChecks(String id, String legend, Function<Domain, String> name, Runnable changed) {
        this.name = name;
        setId(id);
        getElement().getClassList().add("tt-checks");
        getElement().appendChild(new Element("legend").setProperty("innerHTML", Entities.escape(legend)));
        for (Domain d : Domain.values()) {
            Element box = new Element("input").setAttribute("type", "checkbox").setAttribute("value", d.name())
                    .setAttribute("id", id + "-" + d.name());
            Element text = new Element("span");
            boxes.put(d, box);
            names.put(d, text);
            getElement().appendChild(new Element("label").setAttribute("class", "tt-check").appendChild(box, text));
        }
        getElement().addEventListener("change", e -> {
            String value = e.getEventData().path("event.target.value").asString("");
            boolean on = e.getEventData().path("event.target.checked").asBoolean(false);
            for (Domain d : Domain.values()) {
                if (d.name().equals(value)) {
                    // what the browser shows, so that a later change from the server is sent
                    boxes.get(d).setProperty("checked", on);
                    if (on) {
                        selected.add(d);
                    } else {
                        selected.remove(d);
                    }
                    changed.run();
                }
            }
        }).addEventData("event.target.value").addEventData("event.target.checked");
    }

    Set<Domain> value() {
        return selected.isEmpty() ? Set.of() : EnumSet.copyOf(selected);
    }

    void setValue(Set<Domain> domains) {
        selected.clear();
        selected.addAll(domains);
        boxes.forEach((d, box) -> box.setProperty("checked", selected.contains(d)));
    }

    /** Each domain's name with the number of services it would show. */
    void counts(Map<Domain, Long> counts) {
        names.forEach((d, text) -> text.setProperty("innerHTML",
                Entities.escape(name.apply(d) + " (" + counts.getOrDefault(d, 0L) + ")")));
    }
}
