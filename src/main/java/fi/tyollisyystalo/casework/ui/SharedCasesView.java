package fi.tyollisyystalo.casework.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.casework.CaseNetwork;
import fi.tyollisyystalo.casework.CasePages;
import fi.tyollisyystalo.casework.SharedCase;
import fi.tyollisyystalo.followup.FollowUpPanels;
import fi.tyollisyystalo.followup.StakeholderSurveys;

/**
 * A partner professional's list of the clients who have opened their work-ability plan to the professional's
 * organisation (each listing audited). A client who has not, or who closed it again, is not here. Above them, the
 * rounds of the team's stakeholder survey the professional has not answered yet.
 */
@Route(value = CasePages.NETWORK, layout = StaffLayout.class)
@RolesAllowed(Roles.PROFESSIONAL)
class SharedCasesView extends Div implements HasDynamicTitle {

    SharedCasesView(CaseNetwork network, StakeholderSurveys surveys) {
        addClassNames("tt-page", "tt-shared-cases");
        add(new H1(getTranslation("shared.title")), new Paragraph(getTranslation("shared.lead")));
        // the stakeholder survey's rounds open to this partner, first: they are few and short-lived
        add(FollowUpPanels.stakeholderRounds(surveys));
        List<SharedCase> shared = network.sharedWithMe();
        if (shared.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("shared.none"));
            none.setId("shared-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("shared-list");
        for (SharedCase c : shared) {
            list.add(new ListItem(new Anchor("/" + CasePages.shared(c.caseId()), c.clientName()), new Paragraph(
                    getTranslation("shared.item", c.organisation(), c.responsibleName(), Formats.date(c.openedOn(),
                            getLocale())))));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.title") + " – " + getTranslation("app.name");
    }
}
