package fi.tyollisyystalo.casework.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.pdf.PdfRenderer;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.casework.CasePages;
import fi.tyollisyystalo.casework.CaseNetwork;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.NetworkMember;
import fi.tyollisyystalo.casework.Evaluation;
import fi.tyollisyystalo.casework.ItemKind;
import fi.tyollisyystalo.casework.ItemStatus;
import fi.tyollisyystalo.casework.MyPlan;
import fi.tyollisyystalo.casework.Party;
import fi.tyollisyystalo.casework.PlanItem;
import fi.tyollisyystalo.casework.PlanRefused;
import fi.tyollisyystalo.followup.FollowUpPanels;
import fi.tyollisyystalo.followup.FollowUps;

/**
 * The resident's own work-ability support plan: who walks beside them, the goals and actions with who is
 * responsible and by when, a tick for their own actions, a comment on any item, and when the interim
 * evaluations come. A comment refused (empty, too long) is said at its field and stays typed.
 */
@Route(value = CasePages.MINE, layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class MyPlanView extends Div implements HasDynamicTitle {

    private final Cases cases;
    private final CaseNetwork network;
    private final FollowUps followUps;
    private final PdfRenderer pdf;
    private final java.time.Clock clock;
    private final Paragraph status = new Paragraph();

    MyPlanView(Cases cases, CaseNetwork network, FollowUps followUps, PdfRenderer pdf, java.time.Clock clock) {
        this.cases = cases;
        this.network = network;
        this.followUps = followUps;
        this.pdf = pdf;
        this.clock = clock;
        addClassNames("tt-page", "tt-my-plan");
        status.setId("plan-status");
        status.getElement().setAttribute("role", "status");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("myplan.title")), status);
        Optional<MyPlan> found = cases.myPlan();
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("myplan.none"));
            none.setId("plan-none");
            add(none);
            return;
        }
        MyPlan plan = found.get();
        add(new Paragraph(getTranslation("myplan.lead", plan.responsibleName(), Formats.date(plan.openedOn(),
                getLocale()))));
        // the download runs outside the UI's request: the page's language is taken along
        java.util.Locale locale = getLocale();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            MyPlan current = cases.myPlan().orElse(plan);
            byte[] bytes = pdf.render(PlanPdf.xhtml(current, locale, HelsinkiTime.today(clock),
                    (k, a) -> getTranslation(locale, k, a)));
            return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation(locale, "myplan.pdf.filename"),
                    "application/pdf", bytes.length);
        }), getTranslation("myplan.pdf.link"));
        download.setId("plan-pdf");
        add(new Paragraph(download));
        Section s = new Section(new H2(getTranslation("case.plan.heading")));
        s.setId("plan-items");
        if (plan.items().isEmpty()) {
            s.add(new Paragraph(getTranslation("myplan.empty")));
        } else {
            s.add(PlanList.of(plan.items(), getLocale(), (k, a) -> getTranslation(k, a), this::controls));
        }
        add(s);
        if (!plan.sharedNotes().isEmpty()) {
            Section notes = new Section(new H2(getTranslation("myplan.notes")));
            notes.setId("plan-notes");
            UnorderedList shared = new UnorderedList();
            plan.sharedNotes().forEach(n -> {
                Paragraph text = new Paragraph(n.body());
                text.getElement().setAttribute("dir", "auto");
                shared.add(new ListItem(new Paragraph(getTranslation("case.notes.by", n.authorName(),
                        Formats.dateTime(n.writtenAt(), getLocale()))), text));
            });
            notes.add(shared);
            add(notes);
        }
        List<NetworkMember> members = network.myNetwork();
        if (!members.isEmpty()) {
            add(MyNetworkSection.of(members, (k, a) -> getTranslation(k, a), (member, allow) -> act(
                    () -> network.setMyConsent(member, allow), allow ? "myplan.network.opened"
                            : "myplan.network.closed")));
        }
        Section evaluations = new Section(new H2(getTranslation("myplan.evaluations")));
        evaluations.setId("plan-evaluations");
        UnorderedList list = new UnorderedList();
        for (Evaluation e : plan.evaluations()) {
            list.add(new ListItem(getTranslation("myplan.evaluation.item", getTranslation("case.evaluation." + e.kind()),
                    Formats.date(e.dueOn(), getLocale()), getTranslation("case.evaluation.status." + e.status()))));
        }
        evaluations.add(new Paragraph(getTranslation("myplan.evaluations.lead")), list);
        add(evaluations);
        add(FollowUpPanels.forResident(followUps, EvaluationLabels.of(plan.evaluations(), this::getTranslation)));
    }

    /** A tick for the resident's own actions, and a comment box for every item. */
    private Component controls(PlanItem item) {
        Div d = new Div();
        d.addClassName("tt-plan__controls");
        if (item.kind().isAction() && item.party() == Party.CLIENT && item.status() != ItemStatus.CANCELLED) {
            Checkbox done = new Checkbox(getTranslation("myplan.done"), item.status() == ItemStatus.DONE);
            done.setId("plan-done-" + item.id());
            done.setReadOnly(item.status() == ItemStatus.DONE);
            done.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                act(() -> cases.setMyStatus(item.id(), item.version(), e.getValue() ? ItemStatus.DONE
                        : ItemStatus.IN_PROGRESS), "myplan.saved");
            });
            d.add(done);
        }
        TextArea comment = new TextArea(getTranslation("myplan.comment"));
        comment.setId("plan-comment-" + item.id());
        comment.setMaxLength(2000);
        comment.setWidthFull();
        Button send = new Button(getTranslation("myplan.comment.send"), e -> {
            if (comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("case.comment.required"));
                comment.setInvalid(true);
                return;
            }
            String text = comment.getValue();
            try {
                cases.commentMine(item.id(), text);
                show();
                status.setText(getTranslation("myplan.commented"));
            } catch (PlanRefused refused) {
                comment.setErrorMessage(getTranslation(refused.messageKey()));
                comment.setInvalid(true);
            }
        });
        send.setId("plan-comment-send-" + item.id());
        d.add(comment, send);
        return d;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            show();
            status.setText(getTranslation(done));
        } catch (PlanRefused refused) {
            show();
            status.setText(getTranslation(refused.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myplan.title") + " – " + getTranslation("app.name");
    }
}
