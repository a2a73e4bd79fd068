package fi.tyollisyystalo.referral.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ErrorSummary;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.referral.ContactDraft;
import fi.tyollisyystalo.referral.ContactFormIncompleteException;
import fi.tyollisyystalo.referral.ContactForms;
import fi.tyollisyystalo.referral.ContactProblem;
import fi.tyollisyystalo.referral.ContactQuestion;
import fi.tyollisyystalo.referral.ContactRequestNotFoundException;
import fi.tyollisyystalo.referral.ContactStep;
import fi.tyollisyystalo.referral.ReferralPages;
import fi.tyollisyystalo.referral.SentContact;

/** Check your answers: every answer with a change link, what happens next, and Send. */
@Route(value = ReferralPages.CONTACT_FORM + "/:draftId([0-9]+)/check", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class ContactCheckView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContactForms forms;
    private final ErrorSummary errors = new ErrorSummary("hc.errors.heading");
    private final Button send = new Button();

    ContactCheckView(ContactForms forms) {
        this.forms = forms;
        addClassNames("tt-page", "tt-hc-check");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "draftId");
        ContactDraft draft;
        try {
            draft = forms.myDraft(id);
        } catch (ContactRequestNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Anchor back = new Anchor("/" + ReferralPages.step(id, ContactStep.values()[ContactStep.values().length - 1]),
                getTranslation("hc.back"));
        back.addClassName("tt-back");
        add(back, errors, new H1(getTranslation("contactform.check.title")));
        Paragraph lead = new Paragraph(getTranslation("contactform.check.lead"));
        lead.addClassName("tt-lead");
        add(lead);
        Map<ContactQuestion, ContactProblem> problems = forms.problemsOf(draft).stream()
                .collect(Collectors.toMap(ContactProblem::question, Function.identity(), (a, b) -> a));
        for (ContactStep step : ContactStep.values()) {
            Section s = new Section(new H2(getTranslation("contactform.step." + step.path() + ".title")));
            s.addClassName("tt-hc-summary");
            DescriptionList list = new DescriptionList();
            list.addClassName("tt-summary-list");
            for (ContactQuestion q : ContactQuestion.of(step)) {
                if (!draft.isAsked(q)) {
                    continue;
                }
                String label = getTranslation("contactform.q." + q.id() + ".label");
                Div row = new Div();
                row.addClassName("tt-summary-list__row");
                var value = new DescriptionList.Description(ContactAnswers.display(q, draft.answer(q)));
                value.addClassName("tt-summary-list__value");
                ContactProblem problem = problems.get(q);
                if (problem != null) {
                    Span warning = new Span(getTranslation("hc.check.warning",
                            getTranslation(problem.messageKey(), problem.args().toArray())));
                    warning.addClassName("tt-summary-list__warning");
                    value.add(warning);
                    row.addClassName("tt-summary-list__row--warning");
                }
                Anchor change = new Anchor("/" + ReferralPages.step(id, step) + "?return=check",
                        getTranslation("hc.check.change"));
                Span hidden = new Span(" " + label);
                hidden.addClassName("tt-visually-hidden");
                change.add(hidden);
                var action = new DescriptionList.Description(change);
                action.addClassName("tt-summary-list__action");
                row.add(new DescriptionList.Term(label), value, action);
                list.add(row);
            }
            s.add(list);
            add(s);
        }
        add(new Section(new H2(getTranslation("contactform.check.send.heading")),
                new Paragraph(getTranslation("contactform.check.send.text", forms.answerTargetWorkingDays()))));
        send.setText(getTranslation("contactform.check.submit"));
        send.setId("cf-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send(draft));
        Div actions = new Div(send);
        actions.addClassName("tt-actions");
        add(actions);
    }

    private void send(ContactDraft draft) {
        try {
            SentContact sent = forms.submit(draft.id());
            getUI().ifPresent(ui -> ui.navigate(ReferralPages.sent(sent.requestId())));
        } catch (ContactFormIncompleteException e) {
            List<ErrorSummary.Problem> list = new ArrayList<>();
            for (ContactProblem p : e.problems()) {
                list.add(new ErrorSummary.Problem(ErrorSummary.join(
                        getTranslation("contactform.q." + p.question().id() + ".label"),
                        getTranslation(p.messageKey(), p.args().toArray())),
                        "/" + ReferralPages.step(draft.id(), p.question().step()) + "?return=check"));
            }
            errors.show(list);
            send.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contactform.check.title") + " – " + getTranslation("app.name");
    }
}
