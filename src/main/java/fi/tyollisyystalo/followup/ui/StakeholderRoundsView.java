package fi.tyollisyystalo.followup.ui;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.followup.FollowUpPages;
import fi.tyollisyystalo.followup.StakeholderRound;
import fi.tyollisyystalo.followup.StakeholderSurveys;

/**
 * The manager opens a round of the stakeholder survey for their team and sees each round's dates and how many
 * partner professionals have answered (never who; the answers are in the statistics).
 */
@Route(value = FollowUpPages.STAKEHOLDER_ROUNDS, layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
class StakeholderRoundsView extends Div implements HasDynamicTitle {

    private final StakeholderSurveys surveys;
    private final Paragraph status = new Paragraph();
    private final Section rounds = new Section();

    StakeholderRoundsView(StakeholderSurveys surveys,
            @Value("${tyollisyystalo.follow-up.stakeholder-round-days:28}") int roundDays) {
        this.surveys = surveys;
        addClassNames("tt-page", "tt-stakeholder-rounds");
        status.setId("stakeholder-rounds-status");
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("stakeholder.title")), new Paragraph(getTranslation("stakeholder.rounds.lead",
                roundDays)), status);
        if (surveys.myTeam().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("stakeholder.rounds.noteam"));
            none.setId("stakeholder-rounds-noteam");
            add(none);
            return;
        }
        Button open = new Button(getTranslation("stakeholder.rounds.open"), e -> open());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("stakeholder-rounds-open");
        rounds.setId("stakeholder-rounds-list");
        add(open, rounds);
        showRounds();
    }

    private void open() {
        surveys.openRound().ifPresent(id -> surveys.myTeamRounds().stream().filter(r -> r.id() == id).findFirst()
                .ifPresent(r -> status.setText(getTranslation("stakeholder.rounds.opened",
                        Formats.date(r.closesOn(), getLocale())))));
        showRounds();
    }

    private void showRounds() {
        rounds.removeAll();
        rounds.add(new H2(getTranslation("stakeholder.rounds.heading")));
        List<StakeholderRound> list = surveys.myTeamRounds();
        if (list.isEmpty()) {
            rounds.add(new Paragraph(getTranslation("stakeholder.rounds.none")));
            return;
        }
        UnorderedList ul = new UnorderedList();
        for (StakeholderRound r : list) {
            ul.add(new ListItem(getTranslation("stakeholder.rounds.item", Formats.date(r.openedOn(), getLocale()),
                    Formats.date(r.closesOn(), getLocale()), r.answers())));
        }
        rounds.add(ul);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stakeholder.title") + " – " + getTranslation("app.name");
    }
}
