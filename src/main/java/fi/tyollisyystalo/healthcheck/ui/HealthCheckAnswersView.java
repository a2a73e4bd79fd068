package fi.tyollisyystalo.healthcheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ErrorSummary;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.questionnaire.AnswerError;
import fi.tyollisyystalo.healthcheck.AnswersIncompleteException;
import fi.tyollisyystalo.healthcheck.DraftCheck;
import fi.tyollisyystalo.healthcheck.HealthCheckNotFoundException;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.healthcheck.SubmittedCheck;

/** "Check your answers" (GOV.UK): every answer by topic with a change link, then submit. */
@Route(value = HealthCheckPages.START + "/:checkId([0-9]+)/check", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class HealthCheckAnswersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentHealthChecks service;
    private final ErrorSummary errors = new ErrorSummary("hc.errors.heading");
    private final Button submit = new Button();

    HealthCheckAnswersView(ResidentHealthChecks service) {
        this.service = service;
        addClassNames("tt-page", "tt-hc-check");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "checkId");
        DraftCheck draft;
        try {
            draft = service.myDraft(id);
        } catch (HealthCheckNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Anchor back = new Anchor("/" + HealthCheckRoutes.step(id, draft.sections().getLast().id()),
                getTranslation("hc.back"));
        back.addClassName("tt-back");
        add(back, errors, new H1(getTranslation("hc.check.title")));
        Paragraph lead = new Paragraph(getTranslation("hc.check.lead"));
        lead.addClassName("tt-lead");
        add(lead);
        Map<String, AnswerError> problems = service.problemsOf(draft);
        for (var section : draft.sections()) {
            Section s = new Section(new H2(section.title().in(getLocale())));
            s.addClassName("tt-hc-summary");
            DescriptionList list = new DescriptionList();
            list.addClassName("tt-summary-list");
            for (Question q : section.asked(draft.answers())) {
                Div row = new Div();
                row.addClassName("tt-summary-list__row");
                var term = new DescriptionList.Term(q.text().in(getLocale()));
                var value = new DescriptionList.Description(fi.tyollisyystalo.questionnaire.AnswerText.display(q, draft.answers().get(q.id()),
                        getLocale(), (k, a) -> getTranslation(k, a)));
                AnswerError problem = problems.get(q.id());
                if (problem != null) {
                    Span warning = new Span(getTranslation("hc.check.warning",
                            getTranslation(problem.messageKey(), problem.args().toArray())));
                    warning.addClassName("tt-summary-list__warning");
                    warning.setId("hc-warning-" + q.id());
                    value.add(warning);
                    row.addClassName("tt-summary-list__row--warning");
                }
                Anchor change = new Anchor("/" + HealthCheckRoutes.step(id, section.id()) + "?return=check",
                        getTranslation("hc.check.change"));
                Span hidden = new Span(" " + q.text().in(getLocale()));
                hidden.addClassName("tt-visually-hidden");
                change.add(hidden);
                var action = new DescriptionList.Description(change);
                action.addClassName("tt-summary-list__action");
                row.add(term, value, action);
                list.add(row);
            }
            s.add(list);
            add(s);
        }
        add(new Section(new H2(getTranslation("hc.check.send.heading")),
                new Paragraph(getTranslation("hc.check.send.text"))));
        submit.setText(getTranslation("hc.check.submit"));
        submit.addClickListener(e -> submit(draft));
        submit.setId("hc-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        Div actions = new Div(submit);
        actions.addClassName("tt-actions");
        add(actions);
    }

    private void submit(DraftCheck draft) {
        try {
            SubmittedCheck done = service.submit(draft.id());
            getUI().ifPresent(ui -> ui.navigate(HealthCheckPages.result(done.id()),
                    com.vaadin.flow.router.QueryParameters.of("submitted", "yes")));
        } catch (AnswersIncompleteException e) {
            List<ErrorSummary.Problem> problems = new ArrayList<>();
            for (AnswerError error : e.errors()) {
                Question q = draft.questionnaire().question(error.questionId()).orElseThrow();
                problems.add(new ErrorSummary.Problem(ErrorSummary.join(q.text().in(getLocale()),
                        getTranslation(error.messageKey(), error.args().toArray())),
                        "/" + HealthCheckRoutes.step(draft.id(), error.sectionId()) + "?return=check"));
            }
            errors.show(problems);
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hc.check.title") + " – " + getTranslation("app.name");
    }
}
