package fi.tyollisyystalo.casework.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.ui.FactList;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.casework.CaseNetwork;
import fi.tyollisyystalo.casework.CaseNotFoundException;
import fi.tyollisyystalo.casework.CaseNote;
import fi.tyollisyystalo.casework.CasePages;
import fi.tyollisyystalo.casework.CaseStatus;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.ClientCase;
import fi.tyollisyystalo.casework.Evaluation;
import fi.tyollisyystalo.casework.ItemKind;
import fi.tyollisyystalo.casework.ItemStatus;
import fi.tyollisyystalo.casework.NetworkMember;
import fi.tyollisyystalo.casework.Outcome;
import fi.tyollisyystalo.casework.Party;
import fi.tyollisyystalo.casework.PlanDraft;
import fi.tyollisyystalo.casework.PlanItem;
import fi.tyollisyystalo.casework.PlanRefused;
import fi.tyollisyystalo.casework.Segment;
import fi.tyollisyystalo.casework.UnemploymentDuration;
import fi.tyollisyystalo.followup.FollowUpPanels;
import fi.tyollisyystalo.followup.FollowUps;

/**
 * One client's case as the team works on it (each read audited): the facts, the segment's two axes, the client's
 * unemployment duration at the start and the step on the path, the shared plan (goals with their actions, who is responsible, by when, status, who changed
 * it last, comments), a form to add or change a goal or action, the interim evaluations, and closing with an
 * outcome. A change someone else made meanwhile is said at the top; the form keeps what was typed.
 */
@Route(value = CasePages.STAFF + "/:caseId([0-9]+)", layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Cases cases;
    private final CaseNetwork network;
    private @Nullable NetworkSection networkSection;
    private final FollowUps followUps;
    private final java.time.Clock clock;
    private final Paragraph status = new Paragraph();
    // the item form lives across redraws: what was typed stays when a save is refused
    private final RadioButtonGroup<ItemKind> kind = new RadioButtonGroup<>();
    private final Select<PlanItem> goal = new NamedSelect<>();
    private final TextField title = new TextField();
    private final TextArea detail = new TextArea();
    private final Select<Party> party = new NamedSelect<>();
    private final DatePicker due = new DatePicker();
    private final Select<ItemStatus> itemStatus = new NamedSelect<>();
    private final Checkbox agreed = new Checkbox();
    private final TextArea result = new TextArea();
    private final TextArea decision = new TextArea();
    private final Button saveItem = new Button();
    private final Select<PlanItem> commentOn = new NamedSelect<>();
    private final TextArea comment = new TextArea();
    private @Nullable PlanItem editing;
    private long id;
    private String clientName = "";

    CaseView(Cases cases, CaseNetwork network, FollowUps followUps, java.time.Clock clock) {
        this.cases = cases;
        this.network = network;
        this.followUps = followUps;
        this.clock = clock;
        addClassNames("tt-page", "tt-case");
        status.setId("case-status");
        status.getElement().setAttribute("role", "status");
        prepareForm();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.required(event, "caseId");
        networkSection = null;
        try {
            show();
        } catch (CaseNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show() {
        ClientCase c = cases.get(id);
        List<PlanItem> plan = cases.plan(id);
        clientName = c.clientName();
        removeAll();
        add(new Paragraph(new Anchor(Pages.href(CasesView.class), getTranslation("case.back"))));
        add(new H1(getTranslation("case.title", c.clientName())), status);
        FactList facts = new FactList();
        facts.add(getTranslation("case.fact.status"), getTranslation("case.status." + c.status().name()));
        facts.add(getTranslation("case.fact.opened"), Formats.date(c.openedOn(), getLocale()));
        facts.add(getTranslation("case.fact.responsible"), c.responsibleName());
        facts.add(getTranslation("case.fact.segment"), c.segment() == null ? getTranslation("case.segment.none")
                : getTranslation("case.segment." + c.segment().name()));
        facts.add(getTranslation("case.fact.unemployment"), unemployment(c));
        facts.add(getTranslation("case.fact.step"), getTranslation("case.step." + c.pathStep()));
        if (c.outcome() != null) {
            facts.add(getTranslation("case.fact.outcome"), getTranslation("case.outcome." + c.outcome().name()));
        }
        add(facts);
        boolean open = c.status() != CaseStatus.CLOSED;
        if (open) {
            add(segmentForm(c));
        }
        add(planSection(plan, open));
        if (open) {
            add(itemForm(plan), commentForm(plan));
        }
        if (networkSection == null) {
            networkSection = new NetworkSection(network, id, this::act);
        }
        List<NetworkMember> members = network.network(id);
        networkSection.show(members, open);
        add(networkSection);
        List<Evaluation> evaluations = cases.evaluations(id);
        add(evaluations(evaluations, open));
        add(FollowUpPanels.forStaff(followUps, c.personId(), EvaluationLabels.of(evaluations, this::getTranslation)));
        add(notes(cases.notes(id), open));
        add(handover(c, plan, evaluations, members));
        if (open) {
            add(closeForm(c));
        }
    }

    private Section notes(List<CaseNote> notes, boolean open) {
        Section s = new Section(new H2(getTranslation("case.notes.heading")));
        s.setId("case-notes");
        if (open) {
            TextArea body = new TextArea(getTranslation("case.notes.text"));
            body.setId("note-text");
            body.setMaxLength(4000);
            body.setWidthFull();
            Checkbox shared = new Checkbox(getTranslation("case.notes.shared"));
            shared.setId("note-shared");
            Button add = new Button(getTranslation("case.notes.add"), e -> {
                if (body.getValue().isBlank()) {
                    body.setErrorMessage(getTranslation("case.notes.required"));
                    body.setInvalid(true);
                    return;
                }
                act(() -> cases.addNote(id, body.getValue(), shared.getValue()));
            });
            add.setId("note-add");
            Div form = new Div(body, shared, add);
            form.addClassName("tt-form");
            s.add(form);
        }
        UnorderedList list = new UnorderedList();
        for (CaseNote n : notes) {
            Paragraph text = new Paragraph(n.body());
            text.getElement().setAttribute("dir", "auto");
            list.add(new ListItem(new Paragraph(getTranslation(n.sharedWithClient() ? "case.notes.by.shared"
                    : "case.notes.by", n.authorName(), Formats.dateTime(n.writtenAt(), getLocale()))), text));
        }
        s.add(list);
        return s;
    }

    /** A plain-text summary of the case to copy into another organisation's system, in the page's language. */
    private Section handover(ClientCase c, List<PlanItem> plan, List<Evaluation> evaluations,
            List<NetworkMember> members) {
        StringBuilder b = new StringBuilder();
        b.append(getTranslation("case.title", c.clientName())).append('\n');
        b.append(getTranslation("case.fact.opened")).append(": ").append(Formats.date(c.openedOn(), getLocale()))
                .append('\n');
        b.append(getTranslation("case.fact.responsible")).append(": ").append(c.responsibleName()).append('\n');
        b.append(getTranslation("case.fact.segment")).append(": ").append(c.segment() == null
                ? getTranslation("case.segment.none") : getTranslation("case.segment." + c.segment().name()))
                .append('\n');
        b.append(getTranslation("case.fact.unemployment")).append(": ").append(unemployment(c)).append('\n');
        b.append(getTranslation("case.fact.step")).append(": ").append(getTranslation("case.step." + c.pathStep()))
                .append("\n\n").append(getTranslation("case.plan.heading")).append('\n');
        for (PlanItem i : plan) {
            b.append(i.kind() == ItemKind.GOAL ? "* " : "  - ").append(i.kind() == ItemKind.ASSESSMENT
                    ? getTranslation("case.kind.ASSESSMENT") + ": " : "").append(i.title()).append(" (")
                    .append(getTranslation("case.party." + i.party().name())).append(", ")
                    .append(getTranslation("case.itemstatus." + i.status().name()))
                    .append(i.dueOn() == null ? "" : ", " + Formats.date(i.dueOn(), getLocale())).append(")\n");
            PlanList.assessment(i, (k, a) -> getTranslation(k, a)).forEach(part -> b.append("    ").append(part[0])
                    .append(": ").append(part[1]).append('\n'));
        }
        // only the organisations the client has opened: the text is for another organisation's system
        b.append('\n').append(getTranslation("case.network.heading")).append('\n');
        for (NetworkMember m : members.stream().filter(NetworkMember::consented).toList()) {
            b.append("- ").append(getTranslation("case.network.category." + m.category().name())).append(": ")
                    .append(m.organisation());
            if (m.contactName() != null && !m.contactName().isEmpty()) {
                b.append(", ").append(getTranslation("case.network.role." + m.role().name()).toLowerCase(getLocale()))
                        .append(' ').append(m.contactName());
            }
            if (m.contactInfo() != null && !m.contactInfo().isEmpty()) {
                b.append(", ").append(m.contactInfo());
            }
            b.append('\n');
        }
        b.append('\n').append(getTranslation("case.evaluations.heading")).append('\n');
        for (Evaluation e : evaluations) {
            b.append("- ").append(getTranslation("case.evaluation." + e.kind())).append(": ")
                    .append(Formats.date(e.dueOn(), getLocale())).append(", ")
                    .append(getTranslation("case.evaluation.status." + e.status()))
                    .append(e.summary() == null || e.summary().isBlank() ? "" : " – " + e.summary()).append('\n');
        }
        TextArea text = new TextArea(getTranslation("case.handover.text"));
        text.setId("case-handover-text");
        text.setValue(b.toString());
        text.setReadOnly(true);
        text.setWidthFull();
        Section s = new Section(new H2(getTranslation("case.handover.heading")),
                new Paragraph(getTranslation("case.handover.lead")), text);
        s.setId("case-handover");
        return s;
    }

    private Section segmentForm(ClientCase c) {
        Section s = new Section(new H2(getTranslation("case.segment.heading")));
        s.setId("case-segment");
        Select<Segment.Coping> coping = new NamedSelect<>();
        coping.setId("case-coping");
        coping.setLabel(getTranslation("case.coping"));
        coping.setItems(Segment.Coping.values());
        coping.setItemLabelGenerator(v -> getTranslation("case.coping." + v.name()));
        coping.setValue(c.coping());
        Select<Segment.Need> need = new NamedSelect<>();
        need.setId("case-need");
        need.setLabel(getTranslation("case.need"));
        need.setItems(Segment.Need.values());
        need.setItemLabelGenerator(v -> getTranslation("case.need." + v.name()));
        need.setValue(c.need());
        Select<Integer> step = new NamedSelect<>();
        step.setId("case-step");
        step.setLabel(getTranslation("case.fact.step"));
        step.setItems(IntStream.rangeClosed(1, 6).boxed().toList());
        step.setItemLabelGenerator(n -> getTranslation("case.step." + n));
        step.setValue(c.pathStep());
        Select<UnemploymentDuration> unemployment = new NamedSelect<>();
        unemployment.setId("case-unemployment");
        unemployment.setLabel(getTranslation("case.fact.unemployment"));
        unemployment.setPlaceholder(getTranslation("case.unemployment.none"));
        unemployment.setItems(UnemploymentDuration.values());
        unemployment.setItemLabelGenerator(v -> getTranslation("case.unemployment." + v.name()));
        unemployment.setValue(c.unemployment());
        // one save for the row; the unemployment is recorded (a step for the statistics) only when it changed
        Button save = new Button(getTranslation("case.save"), e -> act(() -> {
            long version = cases.setSegment(id, c.version(), coping.getValue(), need.getValue(),
                    step.getValue() == null ? 1 : step.getValue());
            if (unemployment.getValue() != null && unemployment.getValue() != c.unemployment()) {
                cases.recordUnemployment(id, version, unemployment.getValue());
            }
        }));
        save.setId("case-segment-save");
        Div row = new Div(coping, need, unemployment, step, save);
        row.addClassName("tt-inline-form");
        s.add(row);
        return s;
    }

    private String unemployment(ClientCase c) {
        return getTranslation(c.unemployment() == null ? "case.unemployment.none"
                : "case.unemployment." + c.unemployment().name());
    }

    private Section planSection(List<PlanItem> plan, boolean open) {
        Section s = new Section(new H2(getTranslation("case.plan.heading")));
        s.setId("case-plan");
        if (plan.isEmpty()) {
            s.add(new Paragraph(getTranslation("case.plan.empty")));
            return s;
        }
        s.add(PlanList.of(plan, getLocale(), (k, a) -> getTranslation(k, a), item -> {
            if (!open || item.status().isFinal()) {
                return null;
            }
            Button edit = new Button(getTranslation("case.item.edit"), e -> startEditing(item));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.getElement().setAttribute("data-item", String.valueOf(item.id()));
            edit.addClassName("tt-case-edit");
            return edit;
        }));
        return s;
    }

    private void prepareForm() {
        kind.setId("item-kind");
        kind.setLabel(getTranslation("case.item.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("case.kind." + k.name()));
        kind.setValue(ItemKind.ACTION);
        kind.addValueChangeListener(e -> {
            goal.setVisible(e.getValue() != ItemKind.GOAL);
            result.setVisible(e.getValue() == ItemKind.ASSESSMENT);
            decision.setVisible(e.getValue() == ItemKind.ASSESSMENT);
        });
        goal.setId("item-goal");
        goal.setLabel(getTranslation("case.item.goal"));
        // the empty choice is labelled by the caption; the generator gets null for it
        goal.setItemLabelGenerator(g -> g == null ? "" : g.title());
        goal.setItems(List.of());
        goal.setEmptySelectionAllowed(true);
        goal.setEmptySelectionCaption(getTranslation("case.item.goal.none"));
        title.setId("item-title");
        title.setLabel(getTranslation("case.item.title"));
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        // said by the save when empty, not again when the form is emptied after a save
        title.setManualValidation(true);
        title.setWidthFull();
        detail.setId("item-detail");
        detail.setLabel(getTranslation("case.item.detail"));
        detail.setMaxLength(2000);
        detail.setWidthFull();
        party.setId("item-party");
        party.setLabel(getTranslation("case.item.party"));
        party.setItems(Party.values());
        party.setItemLabelGenerator(p -> getTranslation("case.party." + p.name()));
        party.setValue(Party.TEAM);
        due.setId("item-due");
        due.setLabel(getTranslation("case.item.due"));
        due.setLocale(getLocale());
        itemStatus.setId("item-status");
        itemStatus.setLabel(getTranslation("case.item.status"));
        itemStatus.setItems(ItemStatus.values());
        itemStatus.setItemLabelGenerator(v -> getTranslation("case.itemstatus." + v.name()));
        itemStatus.setValue(ItemStatus.PROPOSED);
        result.setId("item-result");
        result.setLabel(getTranslation("case.item.result"));
        result.setHelperText(getTranslation("case.item.result.help"));
        result.setMaxLength(2000);
        result.setWidthFull();
        result.setVisible(false);
        decision.setId("item-decision");
        decision.setLabel(getTranslation("case.item.decision"));
        decision.setHelperText(getTranslation("case.item.decision.help"));
        decision.setMaxLength(2000);
        decision.setWidthFull();
        decision.setVisible(false);
        agreed.setId("item-agreed");
        agreed.setLabel(getTranslation("case.item.agreed"));
        saveItem.setId("item-save");
        saveItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveItem.addClickListener(e -> saveItem());
        commentOn.setId("comment-item");
        commentOn.setLabel(getTranslation("case.comment.item"));
        commentOn.setItemLabelGenerator(PlanItem::title);
        commentOn.setErrorMessage(getTranslation("case.comment.item.required"));
        comment.setId("comment-text");
        comment.setLabel(getTranslation("case.comment.text"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setErrorMessage(getTranslation("case.comment.required"));
        comment.setManualValidation(true);
    }

    private Section itemForm(List<PlanItem> plan) {
        Section s = new Section(new H2(getTranslation(editing == null ? "case.item.add" : "case.item.change")));
        s.setId("case-item-form");
        s.addClassName("tt-form");
        List<PlanItem> goals = plan.stream().filter(i -> i.kind() == ItemKind.GOAL).toList();
        PlanItem chosen = goal.getValue();
        goal.setItems(goals);
        if (chosen != null) {
            goals.stream().filter(g -> g.id() == chosen.id()).findFirst().ifPresent(goal::setValue);
        }
        kind.setEnabled(editing == null);
        saveItem.setText(getTranslation(editing == null ? "case.item.save" : "case.item.save-change"));
        Div buttons = new Div(saveItem);
        buttons.addClassName("tt-actions");
        if (editing != null) {
            Button stop = new Button(getTranslation("case.item.stop-editing"), e -> {
                editing = null;
                clearForm();
                show();
            });
            stop.setId("item-stop-editing");
            buttons.add(stop);
        }
        s.add(kind, goal, title, detail, result, decision, party, due, itemStatus, agreed, buttons);
        return s;
    }

    private void startEditing(PlanItem item) {
        editing = item;
        kind.setValue(item.kind());
        title.setValue(item.title());
        detail.setValue(item.detail());
        party.setValue(item.party());
        due.setValue(item.dueOn());
        itemStatus.setValue(item.status());
        agreed.setValue(item.agreed());
        result.setValue(item.result() == null ? "" : item.result());
        decision.setValue(item.decision() == null ? "" : item.decision());
        show();
        if (item.goalId() != null) {
            goal.getListDataView().getItems().filter(g -> g.id() == item.goalId()).findFirst().ifPresent(goal::setValue);
        }
        title.focus();
    }

    private void saveItem() {
        title.setInvalid(false);
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("case.item.title.required"));
            title.setInvalid(true);
            title.focus();
            return;
        }
        PlanDraft draft = new PlanDraft(kind.getValue() == null ? ItemKind.ACTION : kind.getValue(),
                goal.getValue() == null ? null : goal.getValue().id(), title.getValue(), detail.getValue(),
                party.getValue() == null ? Party.TEAM : party.getValue(), due.getValue(),
                itemStatus.getValue() == null ? ItemStatus.PROPOSED : itemStatus.getValue(), agreed.getValue(),
                result.getValue(), decision.getValue());
        PlanItem was = editing;
        try {
            if (was == null) {
                cases.addItem(id, draft);
            } else {
                cases.editItem(was.id(), was.version(), draft);
            }
            editing = null;
            clearForm();
            show();
            status.setText(getTranslation("case.saved"));
        } catch (PlanRefused refused) {
            // the form keeps what was typed; a change made meanwhile shows in the plan above it
            show();
            status.setText(getTranslation(refused.messageKey()));
        }
    }

    private void clearForm() {
        kind.setValue(ItemKind.ACTION);
        goal.clear();
        title.clear();
        detail.clear();
        party.setValue(Party.TEAM);
        due.clear();
        itemStatus.setValue(ItemStatus.PROPOSED);
        agreed.clear();
        result.clear();
        decision.clear();
    }

    private Section commentForm(List<PlanItem> plan) {
        Section s = new Section(new H2(getTranslation("case.comment.heading")));
        s.setId("case-comment");
        s.addClassName("tt-form");
        commentOn.setItems(plan);
        Button send = new Button(getTranslation("case.comment.send"), e -> {
            commentOn.setInvalid(commentOn.getValue() == null);
            comment.setInvalid(comment.getValue().isBlank());
            if (commentOn.isInvalid() || comment.isInvalid()) {
                return;
            }
            act(() -> cases.comment(commentOn.getValue().id(), comment.getValue()));
            comment.clear();
        });
        send.setId("comment-send");
        s.add(commentOn, comment, send);
        return s;
    }

    private Section evaluations(List<Evaluation> list, boolean open) {
        Section s = new Section(new H2(getTranslation("case.evaluations.heading")));
        s.setId("case-evaluations");
        LocalDate today = HelsinkiTime.today(clock);
        UnorderedList ul = new UnorderedList();
        for (Evaluation e : list) {
            ListItem li = new ListItem();
            li.add(new Paragraph(getTranslation("case.evaluation.item", getTranslation("case.evaluation." + e.kind()),
                    Formats.date(e.dueOn(), getLocale()), getTranslation(e.overdue(today) ? "case.evaluation.overdue"
                            : "case.evaluation.status." + e.status()))));
            if (e.summary() != null && !e.summary().isBlank()) {
                Paragraph summary = new Paragraph(e.summary());
                summary.addClassName("tt-muted");
                li.add(summary);
            }
            if (open && "DUE".equals(e.status())) {
                TextArea summary = new TextArea(getTranslation("case.evaluation.summary"));
                summary.setMaxLength(2000);
                summary.setWidthFull();
                summary.setId("evaluation-summary-" + e.kind());
                Select<Outcome> outcome = new NamedSelect<>();
                outcome.setLabel(getTranslation("case.evaluation.outcome"));
                outcome.setItems(Outcome.values());
                outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("case.outcome." + o.name()));
                outcome.setEmptySelectionAllowed(true);
                outcome.setEmptySelectionCaption(getTranslation("case.evaluation.outcome.none"));
                outcome.setId("evaluation-outcome-" + e.kind());
                Button done = new Button(getTranslation("case.evaluation.record"), click -> {
                    if (summary.getValue().isBlank()) {
                        summary.setErrorMessage(getTranslation("case.evaluation.summary.required"));
                        summary.setInvalid(true);
                        return;
                    }
                    act(() -> cases.evaluationDone(e.id(), summary.getValue(), outcome.getValue()));
                });
                done.setId("evaluation-record-" + e.kind());
                Div form = new Div(summary, outcome, done);
                form.addClassName("tt-form");
                form.setVisible(!e.dueOn().isAfter(today.plusDays(14)));
                li.add(form);
            }
            ul.add(li);
        }
        s.add(ul);
        return s;
    }

    private Section closeForm(ClientCase c) {
        Section s = new Section(new H2(getTranslation("case.close.heading")));
        s.setId("case-close");
        s.addClassName("tt-form");
        Select<Outcome> outcome = new NamedSelect<>();
        outcome.setId("case-outcome");
        outcome.setLabel(getTranslation("case.fact.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("case.outcome." + o.name()));
        TextArea note = new TextArea(getTranslation("case.close.note"));
        note.setId("case-close-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        Button close = new Button(getTranslation("case.close.button"), e -> {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage(getTranslation("case.close.outcome.required"));
                outcome.setInvalid(true);
                return;
            }
            act(() -> cases.close(id, c.version(), outcome.getValue(), note.getValue()));
        });
        close.setId("case-close-button");
        s.add(new Paragraph(getTranslation("case.close.lead")), outcome, note, close);
        return s;
    }

    private void act(Runnable action) {
        try {
            action.run();
            show();
            status.setText(getTranslation("case.saved"));
        } catch (PlanRefused refused) {
            show();
            status.setText(getTranslation(refused.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.title", clientName) + " – " + getTranslation("app.name");
    }
}
