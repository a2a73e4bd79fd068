package fi.tyollisyystalo.referral.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.referral.ContactRequestItem;
import fi.tyollisyystalo.referral.ContactRequestService;
import fi.tyollisyystalo.referral.ContactSource;
import fi.tyollisyystalo.referral.ContactStatus;
import fi.tyollisyystalo.referral.ReferralPages;
import fi.tyollisyystalo.referral.WorklistFilter;

/**
 * The team's worklist: the team's turn first and the overdue first within it, then the requests waiting for
 * the resident. Filters live in the address (bookmarkable) and one can be saved as the member's default. The
 * grid reads one page at a time from the database and keeps only the visible rows.
 */
@Route(value = ReferralPages.WORKLIST, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class ContactRequestsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 50;
    private static final String ALL = "ALL";
    private static final String OVERDUE = "OVERDUE";

    private final ContactRequestService service;
    private final Grid<ContactRequestItem> grid = new Grid<>();
    private final Select<String> status = new NamedSelect<>();
    private final Select<String> source = new NamedSelect<>();
    private final Checkbox mine = new Checkbox();
    private final UnorderedList counts = new UnorderedList();
    private final Paragraph savedNote = new Paragraph();
    private WorklistFilter filter = WorklistFilter.ALL_OPEN;

    ContactRequestsView(ContactRequestService service) {
        this.service = service;
        addClassNames("tt-page", "tt-worklist");
        add(new H1(getTranslation("contactrequests.title")), new Paragraph(getTranslation("contactrequests.lead")));
        add(new Paragraph(new Anchor("/" + HealthCheckPages.SHARED, getTranslation("contactrequests.shared"))));
        counts.setId("worklist-counts");
        counts.addClassName("tt-worklist__counts");
        add(counts);

        List<String> statuses = new ArrayList<>(List.of(ALL, OVERDUE));
        ContactStatus.open().stream().sorted().map(Enum::name).forEach(statuses::add);
        status.setLabel(getTranslation("contactrequests.filter.status"));
        status.setItems(statuses);
        status.setItemLabelGenerator(s -> getTranslation("contactrequests.filter.status." + s));
        status.setId("worklist-status");
        List<String> sources = new ArrayList<>(List.of(ALL));
        for (ContactSource s : ContactSource.values()) {
            sources.add(s.name());
        }
        source.setLabel(getTranslation("contactrequests.filter.source"));
        source.setItems(sources);
        source.setItemLabelGenerator(s -> s.equals(ALL) ? getTranslation("contactrequests.filter.source.ALL")
                : getTranslation("contactrequests.source." + s));
        source.setId("worklist-source");
        mine.setLabel(getTranslation("contactrequests.filter.mine"));
        mine.setId("worklist-mine");
        status.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                applyFromFields();
            }
        });
        source.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                applyFromFields();
            }
        });
        mine.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                applyFromFields();
            }
        });
        Button save = new Button(getTranslation("contactrequests.filter.save"), e -> {
            service.saveMyFilter(filter);
            savedNote.setText(getTranslation("contactrequests.filter.saved"));
        });
        save.setId("worklist-save-filter");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        savedNote.getElement().setAttribute("role", "status");
        savedNote.setId("worklist-saved");
        Div filters = new Div(status, source, mine, save);
        filters.addClassName("tt-worklist__filters");
        add(filters, savedNote);

        grid.setId("contact-requests");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE_SIZE);
        grid.getElement().setAttribute("aria-label", getTranslation("contactrequests.title"));
        grid.addColumn(LitRenderer.<ContactRequestItem>of("<a href=\"${item.href}\">${item.name}</a>")
                .withProperty("href", i -> "/" + ReferralPages.request(i.id()))
                .withProperty("name", i -> i.clientName().isBlank() ? "–" : i.clientName()))
                .setHeader(getTranslation("contactrequests.col.client")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation("contactrequests.status." + i.status().name()))
                .setHeader(getTranslation("contactrequests.col.status"));
        grid.addColumn(i -> Formats.dateTime(i.dueAt(), getLocale())
                + (i.overdue() ? " – " + getTranslation("contactrequests.overdue") : ""))
                .setHeader(getTranslation("contactrequests.col.due")).setPartNameGenerator(
                        i -> i.overdue() ? "overdue" : null);
        grid.addColumn(i -> Formats.dateTime(i.receivedAt(), getLocale()))
                .setHeader(getTranslation("contactrequests.col.received"));
        grid.addColumn(i -> getTranslation("contactrequests.source." + i.source().name()))
                .setHeader(getTranslation("contactrequests.col.source"));
        // urgency hints only from a health check the resident shared with the team (consent in force)
        grid.addColumn(i -> i.urgency() == null ? "–" : getTranslation("contactrequests.urgency",
                i.urgency().workAbility() == null ? "–" : i.urgency().workAbility(), i.urgency().weakDomains(),
                i.urgency().attentionFlags())).setHeader(getTranslation("contactrequests.col.urgency"));
        grid.addColumn(i -> i.channel() == null ? "–" : getTranslation("contactform.q.channel.option." + i.channel()))
                .setHeader(getTranslation("contactrequests.col.channel"));
        grid.addColumn(i -> i.assigneeName() == null ? getTranslation("contactrequests.unassigned") : i.assigneeName())
                .setHeader(getTranslation("contactrequests.col.assignee"));
        grid.setAllRowsVisible(false);
        grid.setHeight("36rem");
        add(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        filter = query.isEmpty() ? service.mySavedFilter().orElse(WorklistFilter.ALL_OPEN)
                : WorklistFilter.fromQuery(query);
        status.setValue(filter.overdueOnly() ? OVERDUE : filter.status() == null ? ALL : filter.status().name());
        source.setValue(filter.source() == null ? ALL : filter.source().name());
        mine.setValue(filter.mineOnly());
        refresh();
    }

    private void applyFromFields() {
        String s = status.getValue();
        ContactStatus st = s == null || s.equals(ALL) || s.equals(OVERDUE) ? null : ContactStatus.valueOf(s);
        String src = source.getValue();
        filter = new WorklistFilter(st, OVERDUE.equals(s), mine.getValue(),
                src == null || src.equals(ALL) ? null : ContactSource.valueOf(src));
        savedNote.setText("");
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location(ReferralPages.WORKLIST, QueryParameters.simple(filter.toQuery()))));
        refresh();
    }

    private void refresh() {
        WorklistFilter f = filter;
        grid.setItems(q -> service.worklist(f, q.getPage(), q.getPageSize()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, service.count(f)));
        counts.removeAll();
        counts.add(count("NEW", service.count(new WorklistFilter(ContactStatus.NEW, false, false, null))),
                count("WAITING_FOR_TEAM", service.count(new WorklistFilter(ContactStatus.WAITING_FOR_TEAM, false, false,
                        null))),
                count("WAITING_FOR_RESIDENT", service.count(new WorklistFilter(ContactStatus.WAITING_FOR_RESIDENT,
                        false, false, null))),
                count("OVERDUE", service.count(new WorklistFilter(null, true, false, null))));
    }

    private ListItem count(String key, long n) {
        ListItem item = new ListItem(getTranslation("contactrequests.count." + key, n));
        if (key.equals("OVERDUE") && n > 0) {
            item.addClassName("tt-worklist__count--overdue");
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contactrequests.title") + " – " + getTranslation("app.name");
    }
}
