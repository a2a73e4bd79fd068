package fi.tyollisyystalo.servicemap.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;

import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.Region;
import fi.tyollisyystalo.servicemap.SearchResult;
import fi.tyollisyystalo.servicemap.ServiceQuery;
import fi.tyollisyystalo.servicemap.TargetGroup;

/**
 * The filters of the service map, each value with the number of services it would show. The domain
 * of functioning is the main filter ({@link DomainChecks}); the rest sit under "More filters", built only when a visitor opens
 * them or the search already uses one of them: most visitors never do, and the 40 check boxes would be
 * most of the page's server-side state (issue #14, docs/benchmarks.md).
 */
class ServiceFilters extends Div {

    private static final List<String> SERVICE_LANGUAGES = List.of("fi", "sv", "en", "ru", "ar", "so", "uk", "et", "fa");

    private final DomainChecks domains;
    private final Details more = new Details();
    private final List<Runnable> listeners = new ArrayList<>();
    private SearchResult counts = new SearchResult(List.of(), 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0,
            Map.of());
    private ServiceQuery shown = ServiceQuery.ALL;
    /** Null until "More filters" is first opened or the search uses one of them. */
    private MoreFilters moreFilters;

    ServiceFilters() {
        addClassName("tt-filters");
        domains = new DomainChecks("filter-domains", getTranslation("servicemap.filter.domain"),
                d -> getTranslation("domain." + d.name()), this::changed);
        more.setSummaryText(getTranslation("servicemap.filter.more"));
        more.setId("more-filters");
        more.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                moreFilters();
            }
        });
        add(domains, more);
    }

    /** The filters under "More filters", built on first use with the current search and counts. */
    private MoreFilters moreFilters() {
        if (moreFilters == null) {
            moreFilters = new MoreFilters();
            more.add(moreFilters.content);
            moreFilters.show(shown);
            moreFilters.refresh();
        }
        return moreFilters;
    }

    private final class MoreFilters {

        private final CheckboxGroup<String> municipalities = new CheckboxGroup<>();
        private final CheckboxGroup<OrganisationType> organisations = new CheckboxGroup<>();
        private final CheckboxGroup<TargetGroup> targets = new CheckboxGroup<>();
        private final CheckboxGroup<ChannelType> ways = new CheckboxGroup<>();
        private final Checkbox free = new Checkbox();
        private final CheckboxGroup<String> languages = new CheckboxGroup<>();
        private final Div content;

        MoreFilters() {
            Locale locale = getLocale();
            setup(municipalities, "municipalities", "servicemap.filter.municipality",
                    List.copyOf(Region.municipalities().keySet()), code -> Region.name(code, locale),
                    code -> counts.municipalities().getOrDefault(code, 0L));
            setup(ways, "ways", "servicemap.filter.way", List.of(ChannelType.values()),
                    w -> getTranslation("servicemap.way." + w.name()), w -> counts.ways().getOrDefault(w, 0L));
            setup(organisations, "organisations", "servicemap.filter.organisation", List.of(OrganisationType.values()),
                    o -> getTranslation("servicemap.orgtype." + o.name()),
                    o -> counts.organisationTypes().getOrDefault(o, 0L));
            setup(targets, "targets", "servicemap.filter.target", List.of(TargetGroup.values()),
                    t -> getTranslation("servicemap.target." + t.name()), t -> counts.targetGroups().getOrDefault(t, 0L));
            setup(languages, "languages", "servicemap.filter.language", SERVICE_LANGUAGES,
                    l -> getTranslation("servicemap.language." + l), l -> counts.languages().getOrDefault(l, 0L));
            for (CheckboxGroup<?> g : List.of(municipalities, organisations, targets, ways, languages)) {
                g.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            }
            free.setId("filter-free");
            free.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed();
                }
            });
            content = new Div(municipalities, ways, free, organisations, targets, languages);
            content.addClassName("tt-filters__more");
        }

        ServiceQuery query(String text) {
            return new ServiceQuery(text, domains.value(), municipalities.getValue(), organisations.getValue(),
                    targets.getValue(), ways.getValue(), free.getValue(), languages.getValue());
        }

        void show(ServiceQuery q) {
            municipalities.setValue(new HashSet<>(q.municipalities()));
            organisations.setValue(q.organisationTypes().isEmpty() ? Set.of() : EnumSet.copyOf(q.organisationTypes()));
            targets.setValue(q.targetGroups().isEmpty() ? Set.of() : EnumSet.copyOf(q.targetGroups()));
            ways.setValue(q.ways().isEmpty() ? Set.of() : EnumSet.copyOf(q.ways()));
            free.setValue(q.freeOnly());
            languages.setValue(new HashSet<>(q.languages()));
        }

        void refresh() {
            for (CheckboxGroup<?> g : List.of(municipalities, organisations, targets, ways, languages)) {
                refreshKeepingSelection(g);
            }
            free.setLabel(getTranslation("servicemap.filter.free") + " (" + counts.free() + ")");
        }
    }

    private <T> void setup(CheckboxGroup<T> group, String id, String labelKey, List<T> items, Function<T, String> name,
            Function<T, Long> count) {
        group.setId("filter-" + id);
        group.setLabel(getTranslation(labelKey));
        group.setItems(items);
        group.setItemLabelGenerator(item -> name.apply(item) + " (" + count.apply(item) + ")");
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
    }

    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    ServiceQuery query(String text) {
        if (moreFilters != null) {
            return moreFilters.query(text);
        }
        return new ServiceQuery(text, domains.value(), shown.municipalities(), shown.organisationTypes(),
                shown.targetGroups(), shown.ways(), shown.freeOnly(), shown.languages());
    }

    void show(ServiceQuery q) {
        shown = q;
        domains.setValue(q.domains());
        int active = q.municipalities().size() + q.organisationTypes().size() + q.targetGroups().size()
                + q.ways().size() + (q.freeOnly() ? 1 : 0) + q.languages().size();
        if (moreFilters != null || active > 0) {
            moreFilters().show(q);
        }
        more.setSummaryText(active == 0 ? getTranslation("servicemap.filter.more")
                : getTranslation("servicemap.filter.more.active", active));
    }

    void counts(SearchResult result) {
        this.counts = result;
        domains.counts(result.domains());
        if (moreFilters != null) {
            moreFilters.refresh();
        }
    }

    /** New counts in the labels; a refresh re-renders the items, so the selection is set again. */
    private static <T> void refreshKeepingSelection(CheckboxGroup<T> group) {
        Set<T> selected = Set.copyOf(group.getValue());
        group.getDataProvider().refreshAll();
        group.setValue(selected);
    }
}
