package fi.tyollisyystalo.statistics.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.Team;
import fi.tyollisyystalo.statistics.StatTable;
import fi.tyollisyystalo.statistics.Statistics;
import fi.tyollisyystalo.statistics.StatisticsPages;
import fi.tyollisyystalo.statistics.StatisticsQuery;

/**
 * The managers' dashboard: a period and a team (kept in the address: {@code ?from=&to=&team=}; anything that is
 * not a date or a team is left out and the default used), then every figure as a chart and a table with its CSV.
 * Administrators also count the derived facts again.
 */
@Route(value = StatisticsPages.DASHBOARD, layout = StaffLayout.class)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
class StatisticsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Statistics statistics;
    private final Clock clock;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<String> team = new NamedSelect<>();
    private final Paragraph shown = new Paragraph();
    private final Div figures = new Div();
    private final Map<String, String> teamNames = new LinkedHashMap<>();

    StatisticsView(Statistics statistics, Clock clock, CurrentUser currentUser) {
        this.statistics = statistics;
        this.clock = clock;
        addClassNames("tt-page", "tt-page--wide", "tt-stats");
        Locale locale = getLocale();
        from.setId("stats-from");
        from.setLabel(getTranslation("stats.from"));
        from.setLocale(locale);
        to.setId("stats-to");
        to.setLabel(getTranslation("stats.to"));
        to.setLocale(locale);
        teamNames.put("", getTranslation("stats.team.all"));
        for (Team t : statistics.teams()) {
            teamNames.put(t.code(), t.name().in(locale));
        }
        team.setId("stats-team");
        team.setLabel(getTranslation("stats.team"));
        team.setItems(List.copyOf(teamNames.keySet()));
        team.setItemLabelGenerator(teamNames::get);
        Button show = new Button(getTranslation("stats.show"), e -> show());
        show.setId("stats-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(from, to, team, show);
        form.addClassNames("tt-form", "tt-form--row");
        shown.setId("stats-period");
        shown.getElement().setAttribute("role", "status");
        Paragraph note = new Paragraph(getTranslation("stats.suppressed.note"));
        note.setId("stats-suppressed-note");
        add(new H1(getTranslation("stats.title")), new Paragraph(getTranslation("stats.lead")), form, shown, note,
                figures);
        if (currentUser.get().map(u -> u.hasRole(Roles.ADMIN)).orElse(false)) {
            add(new RebuildPanel(statistics, this::getTranslation));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        LocalDate today = HelsinkiTime.today(clock);
        LocalDate end = date(params, "to").orElse(today);
        LocalDate start = date(params, "from").filter(d -> !d.isAfter(end)).orElse(end.minusYears(1).plusDays(1));
        if (start.plusDays(StatisticsQuery.MAX_DAYS).isBefore(end)) {
            start = end.minusYears(1).plusDays(1);
        }
        String code = params.getSingleParameter("team").filter(teamNames::containsKey).orElse("");
        from.setValue(start);
        to.setValue(end);
        team.setValue(code);
        render(new StatisticsQuery(start, end, code.isEmpty() ? null : code));
    }

    private void show() {
        from.setInvalid(false);
        to.setInvalid(false);
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null) {
            DatePicker missing = start == null ? from : to;
            missing.setErrorMessage(getTranslation("stats.period.missing"));
            missing.setInvalid(true);
            return;
        }
        if (end.isBefore(start) || start.plusDays(StatisticsQuery.MAX_DAYS).isBefore(end)) {
            to.setErrorMessage(getTranslation(end.isBefore(start) ? "stats.period.invalid" : "stats.period.toolong"));
            to.setInvalid(true);
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", start.toString());
        query.put("to", end.toString());
        if (team.getValue() != null && !team.getValue().isEmpty()) {
            query.put("team", team.getValue());
        }
        getUI().ifPresent(ui -> ui.navigate(StatisticsView.class, QueryParameters.simple(query)));
    }

    private void render(StatisticsQuery query) {
        Locale locale = getLocale();
        UnaryOperator<String> translate = key -> getTranslation(locale, key);
        shown.setText(getTranslation("stats.period.shown", Formats.date(query.from(), locale),
                Formats.date(query.to(), locale), teamNames.get(query.team() == null ? "" : query.team())));
        figures.removeAll();
        for (StatTable table : statistics.figures(query)) {
            String file = getTranslation("stats.csv.filename", table.id() + "-" + query.from() + "-" + query.to());
            figures.add(new FigureSection(table, locale, translate,
                    () -> statistics.csv(table.id(), query, locale, translate), file));
        }
    }

    private static Optional<LocalDate> date(QueryParameters params, String name) {
        Optional<String> raw = params.getSingleParameter(name).filter(s -> s.length() == 10);
        try {
            return raw.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stats.title") + " – " + getTranslation("app.name");
    }

    /** The administrator's rebuild of the derived facts from the recorded events. */
    private static final class RebuildPanel extends Div {

        RebuildPanel(Statistics statistics, Translator t) {
            addClassName("tt-stats-rebuild");
            Paragraph result = new Paragraph();
            result.setId("stats-rebuild-result");
            result.getElement().setAttribute("role", "status");
            Button rebuild = new Button(t.get("stats.rebuild"), e -> result.setText(t.get("stats.rebuilt",
                    statistics.rebuild())));
            rebuild.setId("stats-rebuild");
            add(new Paragraph(t.get("stats.rebuild.lead")), rebuild, result);
        }
    }

    private interface Translator {
        String get(String key, @Nullable Object... args);
    }
}
