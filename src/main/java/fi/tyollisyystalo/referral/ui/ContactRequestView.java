package fi.tyollisyystalo.referral.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.identity.StaffMember;
import fi.tyollisyystalo.messaging.MessageRejected;
import fi.tyollisyystalo.messaging.MessagesPages;
import fi.tyollisyystalo.referral.AssignResult;
import fi.tyollisyystalo.referral.CloseReason;
import fi.tyollisyystalo.referral.ContactQuestion;
import fi.tyollisyystalo.referral.ContactRequestDetails;
import fi.tyollisyystalo.referral.ContactRequestNotFoundException;
import fi.tyollisyystalo.referral.ContactRequestService;
import fi.tyollisyystalo.referral.ReferralPages;
import fi.tyollisyystalo.referral.RequestClosedException;
import fi.tyollisyystalo.referral.RequestStep;

/**
 * One contact request for the team: what the resident wrote and how to reach them, who has it (take it, or
 * give it to a colleague: when two take it at once, one wins and the other is told who), the history of
 * steps, and the actions: a phone contact, accept into the coordinator service, close with a reason.
 */
@Route(value = ReferralPages.WORKLIST + "/:requestId([0-9]+)", layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class ContactRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContactRequestService service;
    private final Paragraph status = new Paragraph();
    private String title = "";
    private long id;

    ContactRequestView(ContactRequestService service) {
        this.service = service;
        addClassNames("tt-page", "tt-contact-request");
        status.setId("request-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.required(event, "requestId");
        try {
            build(service.request(id));
        } catch (ContactRequestNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void build(ContactRequestDetails r) {
        removeAll();
        Anchor back = new Anchor("/" + ReferralPages.WORKLIST, getTranslation("contactrequest.back"));
        back.addClassName("tt-back");
        title = r.clientName().isBlank() ? getTranslation("contactrequest.title") : r.clientName();
        Span state = new Span(getTranslation("contactrequests.status." + r.status().name()));
        state.addClassNames("tt-badge", r.status().isOpen() ? "tt-badge--open" : "tt-badge--closed");
        state.setId("request-state");
        add(back, new H1(title), new Paragraph(state), status);

        DescriptionList facts = new DescriptionList();
        facts.addClassName("tt-facts");
        fact(facts, "contactrequests.col.received", Formats.dateTime(r.receivedAt(), getLocale()));
        fact(facts, "contactrequests.col.due", Formats.dateTime(r.dueAt(), getLocale())
                + (r.overdue() ? " – " + getTranslation("contactrequests.overdue") : ""));
        fact(facts, "contactrequests.col.source", getTranslation("contactrequests.source." + r.source().name()));
        fact(facts, "contactrequests.col.channel", r.channel() == null ? "–"
                : getTranslation("contactform.q.channel.option." + r.channel()));
        fact(facts, "contactrequests.col.assignee", r.assigneeName() == null
                ? getTranslation("contactrequests.unassigned") : r.assigneeName());
        fact(facts, "contactrequest.exchange", r.exchangePartners().isEmpty() ? getTranslation("contactrequest.exchange.none")
                : String.join(", ", r.exchangePartners().stream()
                        .map(p -> getTranslation("contactform.q.exchange.option." + p.name())).toList()));
        add(facts);
        if (r.sharedHealthCheck() != null) {
            add(new Paragraph(new Anchor("/" + HealthCheckPages.shared(r.sharedHealthCheck()),
                    getTranslation("contactrequest.healthcheck"))));
        }

        Section answers = new Section(new H2(getTranslation("contactrequest.answers")));
        answers.setId("request-answers");
        DescriptionList list = new DescriptionList();
        list.addClassName("tt-summary-list");
        for (ContactQuestion q : ContactQuestion.values()) {
            String a = r.answers().get(q.id());
            if (a == null || a.isBlank()) {
                continue;
            }
            Div row = new Div(new DescriptionList.Term(getTranslation("contactform.q." + q.id() + ".label")),
                    new DescriptionList.Description(ContactAnswers.display(q, a)));
            row.addClassName("tt-summary-list__row");
            list.add(row);
        }
        if (r.answers().isEmpty()) {
            answers.add(new Paragraph(getTranslation("contactrequest.answers.healthcheck")));
        }
        answers.add(list);
        add(answers);

        if (r.status().isOpen()) {
            add(assignSection(r), writeSection(), actionsSection(r));
        }
        Section history = new Section(new H2(getTranslation("contactrequest.history")));
        OrderedList steps = new OrderedList();
        steps.setId("request-history");
        for (ContactRequestDetails.History h : r.history()) {
            String who = h.actorName() == null ? "" : " – " + h.actorName();
            ListItem item = new ListItem(Formats.dateTime(h.at(), getLocale()) + " "
                    + getTranslation("contactrequest.step." + h.step().name()) + who);
            if (h.note() != null) {
                Paragraph note = new Paragraph(h.note());
                note.addClassName("tt-contact-request__note");
                item.add(note);
            }
            steps.add(item);
        }
        history.add(steps);
        add(history);
    }

    private Section assignSection(ContactRequestDetails r) {
        Section s = new Section(new H2(getTranslation("contactrequest.assign")));
        Button take = new Button(getTranslation("contactrequest.take"), e -> told(service.take(id)));
        take.setId("request-take");
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        take.setVisible(r.assigneeSubject() == null);
        Select<StaffMember> colleague = new NamedSelect<>();
        colleague.setLabel(getTranslation("contactrequest.colleague"));
        colleague.setItems(service.colleagues());
        colleague.setItemLabelGenerator(StaffMember::displayName);
        colleague.setId("request-colleague");
        Button give = new Button(getTranslation("contactrequest.give"), e -> {
            if (colleague.getValue() != null) {
                told(service.assign(id, r.version(), colleague.getValue().subject()));
            }
        });
        give.setId("request-give");
        Div row = new Div(colleague, give);
        row.addClassName("tt-inline-form");
        s.add(take, row);
        return s;
    }

    /** Answer, ask for more, or guide to a better service: each a secure message to the resident. */
    private Section writeSection() {
        Section s = new Section(new H2(getTranslation("contactrequest.write")));
        s.setId("request-write");
        TextArea text = new TextArea(getTranslation("contactrequest.write.text"));
        text.setId("request-message");
        text.setWidthFull();
        text.setHelperText(getTranslation("contactrequest.write.help"));
        Div buttons = new Div();
        buttons.addClassName("tt-actions");
        for (RequestStep step : List.of(RequestStep.REPLIED, RequestStep.ASKED_MORE, RequestStep.REDIRECTED)) {
            Button b = new Button(getTranslation("contactrequest.write." + step.name()), e -> write(text, step));
            b.setId("request-write-" + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (step == RequestStep.REPLIED) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(b);
        }
        s.add(text, buttons, new Paragraph(new Anchor("/" + fi.tyollisyystalo.servicemap.ServiceMapPages.SERVICE_LIST,
                getTranslation("contactrequest.write.servicelist"))));
        return s;
    }

    private void write(TextArea text, RequestStep step) {
        try {
            long thread = service.writeToResident(id, step, text.getValue());
            build(service.request(id));
            status.removeAll();
            status.add(new Span(getTranslation("contactrequest.write.sent") + " "),
                    new Anchor("/" + MessagesPages.team(thread), getTranslation("contactrequest.write.open")));
        } catch (MessageRejected e) {
            text.setErrorMessage(getTranslation(e.messageKey()));
            text.setInvalid(true);
        } catch (RequestClosedException e) {
            build(service.request(id));
            status.setText(getTranslation("contactrequest.closed.already"));
        }
    }

    private Section actionsSection(ContactRequestDetails r) {
        Section s = new Section(new H2(getTranslation("contactrequest.actions")));
        TextArea note = new TextArea(getTranslation("contactrequest.note"));
        note.setId("request-note");
        note.setWidthFull();
        note.setHelperText(getTranslation("contactrequest.note.help", ContactRequestService.NOTE_LIMIT));
        Button phone = new Button(getTranslation("contactrequest.phone"), e -> act(note,
                () -> service.recordPhoneContact(id, note.getValue())));
        phone.setId("request-phone");
        Button accept = new Button(getTranslation("contactrequest.accept"), e -> act(note,
                () -> service.accept(id, note.getValue())));
        accept.setId("request-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Select<CloseReason> reason = new NamedSelect<>();
        reason.setLabel(getTranslation("contactrequest.close.reason"));
        reason.setItems(Arrays.asList(CloseReason.values()));
        reason.setItemLabelGenerator(c -> getTranslation("contactrequest.close.reason." + c.name()));
        reason.setId("request-close-reason");
        Button close = new Button(getTranslation("contactrequest.close"), e -> {
            if (reason.getValue() == null) {
                reason.setErrorMessage(getTranslation("contactrequest.close.reason.required"));
                reason.setInvalid(true);
                return;
            }
            act(note, () -> service.close(id, reason.getValue(), note.getValue()));
        });
        close.setId("request-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(phone, accept);
        buttons.addClassName("tt-actions");
        Div closing = new Div(reason, close);
        closing.addClassName("tt-inline-form");
        s.add(note, buttons, closing);
        return s;
    }

    /** Runs an action; a too long note is said at the field and kept; a request closed meanwhile is told. */
    private void act(TextArea note, Runnable action) {
        if (note.getValue().length() > ContactRequestService.NOTE_LIMIT) {
            note.setErrorMessage(getTranslation("contactform.error.tooLong", ContactRequestService.NOTE_LIMIT,
                    note.getValue().length()));
            note.setInvalid(true);
            return;
        }
        try {
            action.run();
            build(service.request(id));
            status.setText(getTranslation("contactrequest.done"));
        } catch (RequestClosedException e) {
            build(service.request(id));
            status.setText(getTranslation("contactrequest.closed.already"));
        }
    }

    private void told(AssignResult result) {
        build(service.request(id));
        status.setText(result.assigned() ? getTranslation("contactrequest.assigned", result.assigneeName())
                : getTranslation("contactrequest.taken.already", result.assigneeName()));
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("contactrequests.title") + " – " + getTranslation("app.name");
    }
}
