package fi.tyollisyystalo.casework.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.ui.MyPageSection;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.ItemKind;
import fi.tyollisyystalo.casework.ItemStatus;
import fi.tyollisyystalo.casework.MyPlan;

/** My page's plan section: who walks beside the resident, how far the actions are, the next evaluation. */
@org.springframework.stereotype.Component
class PlanOnMyPage implements MyPageSection {

    private final Cases cases;

    PlanOnMyPage(Cases cases) {
        this.cases = cases;
    }

    @Override
    public int order() {
        return 19;
    }

    @Override
    public String key() {
        return "plan";
    }

    @Override
    public Component build() {
        UI ui = UI.getCurrent();
        Section s = new Section(new H2(ui.getTranslation("mypage.plan.heading")));
        s.setId("mypage-plan");
        s.addClassName("tt-mypage__section");
        Optional<MyPlan> found = cases.myPlan();
        if (found.isEmpty()) {
            s.add(new Paragraph(ui.getTranslation("mypage.plan.empty")));
            return s;
        }
        MyPlan plan = found.get();
        long actions = plan.items().stream().filter(i -> i.kind().isAction()).count();
        long done = plan.items().stream().filter(i -> i.kind().isAction() && i.status() == ItemStatus.DONE)
                .count();
        s.add(new Paragraph(ui.getTranslation("myplan.lead", plan.responsibleName(), Formats.date(plan.openedOn(),
                ui.getLocale()))));
        s.add(new Paragraph(ui.getTranslation("mypage.plan.progress", actions, done)));
        plan.evaluations().stream().filter(e -> "DUE".equals(e.status())).findFirst().ifPresent(e -> s.add(
                new Paragraph(ui.getTranslation("mypage.plan.next-evaluation", ui.getTranslation("case.evaluation."
                        + e.kind()), Formats.date(e.dueOn(), ui.getLocale())))));
        s.add(new Paragraph(new Anchor(Pages.href(MyPlanView.class), ui.getTranslation("mypage.plan.open"))));
        return s;
    }
}
