package fi.tyollisyystalo.casework.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.casework.CasePages;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.ClientCase;
import fi.tyollisyystalo.casework.Evaluation;
import fi.tyollisyystalo.casework.PlanRefused;
import fi.tyollisyystalo.identity.ClientLookup;
import fi.tyollisyystalo.identity.PersonService;

/**
 * The cases a staff member is responsible for, the interim evaluations of their cases due within two weeks or
 * overdue, and opening a case for a client found by identity code (purpose: the work-ability plan).
 */
@Route(value = CasePages.STAFF, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class CasesView extends Div implements HasDynamicTitle {

    CasesView(Cases cases, PersonService persons, java.time.Clock clock) {
        addClassNames("tt-page", "tt-cases");
        add(new H1(getTranslation("cases.title")), new Paragraph(getTranslation("cases.lead")));
        LocalDate today = HelsinkiTime.today(clock);

        Section due = new Section(new H2(getTranslation("cases.due.heading")));
        due.setId("cases-due");
        List<Evaluation> coming = cases.dueEvaluations(today.plusDays(14), false);
        if (coming.isEmpty()) {
            due.add(new Paragraph(getTranslation("cases.due.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (Evaluation e : coming) {
                list.add(new ListItem(new Anchor("/" + CasePages.staff(e.caseId()), getTranslation("cases.due.item",
                        e.clientName(), getTranslation("case.evaluation." + e.kind()), Formats.date(e.dueOn(),
                                getLocale()), getTranslation(e.overdue(today) ? "case.evaluation.overdue"
                                        : "case.evaluation.status.DUE")))));
            }
            due.add(list);
        }
        add(due);

        Section mine = new Section(new H2(getTranslation("cases.mine.heading")));
        mine.setId("cases-mine");
        List<ClientCase> list = cases.myCases();
        if (list.isEmpty()) {
            mine.add(new Paragraph(getTranslation("cases.mine.none")));
        } else {
            UnorderedList ul = new UnorderedList();
            for (ClientCase c : list) {
                ul.add(new ListItem(new Anchor("/" + CasePages.staff(c.id()), c.clientName()), new Paragraph(
                        getTranslation("cases.mine.item", Formats.date(c.openedOn(), getLocale()),
                                getTranslation("case.step." + c.pathStep()), c.segment() == null
                                        ? getTranslation("case.segment.none")
                                        : getTranslation("case.segment." + c.segment().name())))));
            }
            mine.add(ul);
        }
        add(mine);

        Section open = new Section(new H2(getTranslation("cases.open.heading")));
        open.setId("cases-open");
        open.addClassName("tt-form");
        ClientLookup lookup = new ClientLookup(persons, "cases-hetu", "cases-open-button", "cases.open.button",
                () -> Optional.of(Purpose.PLAN), client -> {
                    try {
                        long id = cases.openCaseOf(client.personId()).map(ClientCase::id)
                                .orElseGet(() -> cases.open(client.personId()));
                        getUI().ifPresent(ui -> ui.navigate(CasePages.staff(id)));
                        return null;
                    } catch (PlanRefused refused) {
                        return refused.messageKey();
                    }
                });
        open.add(new Paragraph(getTranslation("cases.open.lead")), lookup);
        add(open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " – " + getTranslation("app.name");
    }
}
