package fi.tyollisyystalo.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.casework.CaseNetwork;
import fi.tyollisyystalo.casework.CaseNotFoundException;
import fi.tyollisyystalo.casework.CasePages;
import fi.tyollisyystalo.casework.NetworkMember;
import fi.tyollisyystalo.casework.SharedPlan;

/**
 * The shared plan as a partner professional reads it, under the client's consent for their organisation: the
 * whole plan with who is responsible and where each item stands, and the organisations of the network the
 * client has opened. Read only; without the consent the page is not found. The read is audited.
 */
@Route(value = CasePages.NETWORK + "/:caseId([0-9]+)", layout = StaffLayout.class)
@RolesAllowed(Roles.PROFESSIONAL)
class SharedPlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseNetwork network;
    private String clientName = "";

    SharedPlanView(CaseNetwork network) {
        this.network = network;
        addClassNames("tt-page", "tt-shared-plan");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "caseId");
        SharedPlan plan;
        try {
            plan = network.sharedPlan(id);
        } catch (CaseNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        clientName = plan.clientName();
        removeAll();
        add(new Paragraph(new Anchor(Pages.href(SharedCasesView.class), getTranslation("shared.back"))));
        add(new H1(getTranslation("shared.plan.title", plan.clientName())));
        add(new Paragraph(getTranslation("shared.plan.lead", plan.responsibleName(), Formats.date(plan.openedOn(),
                getLocale()))));
        Section s = new Section(new H2(getTranslation("case.plan.heading")));
        s.setId("shared-plan");
        if (plan.items().isEmpty()) {
            s.add(new Paragraph(getTranslation("case.plan.empty")));
        } else {
            s.add(PlanList.of(plan.items(), getLocale(), (k, a) -> getTranslation(k, a), item -> null));
        }
        add(s);
        Section n = new Section(new H2(getTranslation("case.network.heading")));
        n.setId("shared-network");
        UnorderedList list = new UnorderedList();
        for (NetworkMember m : plan.network()) {
            String contact = m.contactName() == null || m.contactName().isEmpty() ? ""
                    : " – " + getTranslation("case.network.role." + m.role().name()) + ": " + m.contactName()
                            + (m.contactInfo() == null || m.contactInfo().isEmpty() ? "" : ", " + m.contactInfo());
            ListItem li = new ListItem(getTranslation("case.network.category." + m.category().name()) + ": "
                    + m.organisation() + contact);
            li.getElement().setAttribute("dir", "auto");
            list.add(li);
        }
        n.add(list);
        add(n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.plan.title", clientName) + " – " + getTranslation("app.name");
    }
}
