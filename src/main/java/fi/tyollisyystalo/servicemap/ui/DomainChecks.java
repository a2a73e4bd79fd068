package fi.tyollisyystalo.servicemap.ui;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jsoup.nodes.Element;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

import fi.tyollisyystalo.base.ui.StaticHtml;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * The domains of functioning as native check boxes in a {@code fieldset} whose {@code legend} names the group: the
 * service map's main filter, on every visit. The boxes are static markup ({@link StaticHtml}) in one server-side
 * node, with one listener on the fieldset that reads which box changed: a {@code CheckboxGroup} made a field
 * component of each box, most of an open map's server-side state (issue #14, docs/benchmarks.md). New counts
 * write the boxes again, so the box the visitor just changed gets the focus back (a screen reader reads it with
 * its new count).
 */
@Tag("fieldset")
class DomainChecks extends Component {

    private final Set<Domain> selected = EnumSet.noneOf(Domain.class);
    private final String legend;
    private final Function<Domain, String> name;
    private Map<Domain, Long> counts = Map.of();

    /** {@code name} is a domain's name in the page's language; {@code changed} runs when the visitor ticks a box. */
    DomainChecks(String id, String legend, Function<Domain, String> name, Runnable changed) {
        this.legend = legend;
        this.name = name;
        setId(id);
        getElement().getClassList().add("tt-checks");
        getElement().addEventListener("change", e -> {
            String value = e.getEventData().path("event.target.value").asString("");
            boolean on = e.getEventData().path("event.target.checked").asBoolean(false);
            for (Domain d : Domain.values()) {
                if (d.name().equals(value)) {
                    if (on) {
                        selected.add(d);
                    } else {
                        selected.remove(d);
                    }
                    changed.run();
                    getElement().executeJs("const box = this.querySelector('input[value=\"' + $0 + '\"]');"
                            + " if (box) { box.focus(); }", d.name());
                }
            }
        }).addEventData("event.target.value").addEventData("event.target.checked");
        render();
    }

    Set<Domain> value() {
        return selected.isEmpty() ? Set.of() : EnumSet.copyOf(selected);
    }

    void setValue(Set<Domain> domains) {
        selected.clear();
        selected.addAll(domains);
        render();
    }

    /** Each domain's name with the number of services it would show. */
    void counts(Map<Domain, Long> counts) {
        this.counts = Map.copyOf(counts);
        render();
    }

    private void render() {
        Element content = StaticHtml.root("fieldset");
        content.appendElement("legend").text(legend);
        String id = getId().orElseThrow();
        for (Domain d : Domain.values()) {
            Element label = content.appendElement("label").addClass("tt-check");
            Element box = label.appendElement("input").attr("type", "checkbox").attr("value", d.name())
                    .id(id + "-" + d.name());
            if (selected.contains(d)) {
                box.attr("checked", "");
            }
            label.appendElement("span").text(name.apply(d) + " (" + counts.getOrDefault(d, 0L) + ")");
        }
        StaticHtml.fill(this, content);
    }
}
