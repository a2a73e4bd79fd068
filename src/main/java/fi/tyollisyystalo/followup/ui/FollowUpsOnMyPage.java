package fi.tyollisyystalo.followup.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

import fi.tyollisyystalo.base.ui.MyPageSection;
import fi.tyollisyystalo.followup.FollowUpPanels;
import fi.tyollisyystalo.followup.FollowUps;
import fi.tyollisyystalo.followup.Invitation;

/** My page's follow-ups: the questionnaires waiting for the resident's answer, each a link; nothing when none waits. */
@org.springframework.stereotype.Component
class FollowUpsOnMyPage implements MyPageSection {

    private final FollowUps followUps;

    FollowUpsOnMyPage(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public int order() {
        return 18;
    }

    @Override
    public String key() {
        return "follow-up";
    }

    @Override
    public Component build() {
        UI ui = UI.getCurrent();
        List<Invitation> open = followUps.myOpen();
        if (open.isEmpty()) {
            return new Div();
        }
        Section s = new Section(new H2(ui.getTranslation("mypage.follow-up.heading")));
        s.setId("mypage-follow-ups");
        s.addClassName("tt-mypage__section");
        s.add(FollowUpPanels.openList(ui, open, reference -> null));
        return s;
    }
}
