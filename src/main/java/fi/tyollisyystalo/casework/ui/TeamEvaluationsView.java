package fi.tyollisyystalo.casework.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.casework.CasePages;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.TeamEvaluation;

/**
 * The manager's list of the team's interim evaluations overdue or due within six weeks: how many per worker,
 * and each evaluation with the case number, its kind, the due date and who holds it. Clients are not named: the
 * manager follows the team's work, the workers follow the clients.
 */
@Route(value = CasePages.TEAM_EVALUATIONS, layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
class TeamEvaluationsView extends Div implements HasDynamicTitle {

    TeamEvaluationsView(Cases cases, java.time.Clock clock) {
        addClassNames("tt-page", "tt-team-evaluations");
        add(new H1(getTranslation("teameval.title")), new Paragraph(getTranslation("teameval.lead")));
        LocalDate today = HelsinkiTime.today(clock);
        List<TeamEvaluation> due = cases.teamEvaluations(today.plusDays(42));
        if (due.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("teameval.none"));
            none.setId("teameval-none");
            add(none);
            return;
        }
        long overdue = due.stream().filter(e -> e.overdue(today)).count();
        Paragraph summary = new Paragraph(getTranslation("teameval.summary", due.size(), overdue));
        summary.setId("teameval-summary");
        add(summary);

        Map<String, long[]> perWorker = new TreeMap<>();
        for (TeamEvaluation e : due) {
            long[] counts = perWorker.computeIfAbsent(e.responsibleName(), k -> new long[2]);
            counts[e.overdue(today) ? 0 : 1]++;
        }
        Section workers = new Section(new H2(getTranslation("teameval.workers")));
        NativeTableBody workerRows = new NativeTableBody();
        List<String> workerColumns = List.of("worker", "overdue", "coming");
        perWorker.forEach((name, counts) -> workerRows.add(row(workerColumns, cell(name),
                cell(String.valueOf(counts[0])), cell(String.valueOf(counts[1])))));
        workers.add(table("teameval-workers", workerColumns, workerRows));
        add(workers);

        H2 listHeading = new H2(getTranslation("teameval.list"));
        listHeading.setId("teameval-list-heading");
        Section all = new Section(listHeading);
        // the page has no links or buttons: the long list itself takes focus, so the keyboard can scroll it
        all.getElement().setAttribute("tabindex", "0");
        all.getElement().setAttribute("aria-labelledby", "teameval-list-heading");
        NativeTableBody rows = new NativeTableBody();
        List<String> columns = List.of("case", "kind", "due", "state", "worker");
        for (TeamEvaluation e : due) {
            Span when = new Span(Formats.date(e.dueOn(), getLocale()));
            NativeTableCell state = cell(getTranslation(e.overdue(today) ? "case.evaluation.overdue"
                    : "case.evaluation.status.DUE"));
            if (e.overdue(today)) {
                state.addClassName("tt-overdue");
            }
            rows.add(row(columns, cell("#" + e.caseId()), cell(getTranslation("case.evaluation." + e.kind())),
                    new NativeTableCell(when), state, cell(e.responsibleName())));
        }
        all.add(table("teameval-list", columns, rows));
        add(all);
    }

    private NativeTable table(String id, List<String> columns, NativeTableBody body) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassNames("tt-table", "tt-table--stack");
        NativeTableRow head = new NativeTableRow();
        for (String col : columns) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation("teameval.col." + col));
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        table.add(new NativeTableHeader(head), body);
        return table;
    }

    /** A row; on a narrow screen the table stacks and each cell says its column (data-label). */
    private NativeTableRow row(List<String> columns, NativeTableCell... cells) {
        NativeTableRow r = new NativeTableRow();
        for (int i = 0; i < cells.length; i++) {
            cells[i].getElement().setAttribute("data-label", getTranslation("teameval.col." + columns.get(i)));
        }
        r.add(cells);
        return r;
    }

    private static NativeTableCell cell(String text) {
        return new NativeTableCell(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teameval.title") + " – " + getTranslation("app.name");
    }
}
