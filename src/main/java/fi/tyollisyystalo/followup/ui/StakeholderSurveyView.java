package fi.tyollisyystalo.followup.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ErrorSummary;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.followup.AnswerResult;
import fi.tyollisyystalo.followup.FollowUpPages;
import fi.tyollisyystalo.followup.StakeholderRoundNotFoundException;
import fi.tyollisyystalo.followup.StakeholderSurveys;
import fi.tyollisyystalo.questionnaire.QuestionField;
import fi.tyollisyystalo.questionnaire.Questionnaire;

/**
 * A partner professional answers a round of the stakeholder survey, once: every question on one page, sent at once;
 * a wrong or missing answer is said at its field and in a summary, and what was given stays. A round not open to
 * them (another team's, closed, answered already, or missing) is the 404.
 */
@Route(value = FollowUpPages.STAKEHOLDER_FORM + "/:roundId([0-9]+)", layout = StaffLayout.class)
@RolesAllowed(Roles.PROFESSIONAL)
class StakeholderSurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StakeholderSurveys surveys;
    private final ErrorSummary errors = new ErrorSummary("followup.errors.heading");
    private final Paragraph status = new Paragraph();
    private final List<QuestionField> fields = new ArrayList<>();
    private long id;

    StakeholderSurveyView(StakeholderSurveys surveys) {
        this.surveys = surveys;
        addClassNames("tt-page", "tt-follow-up-form");
        status.setId("stakeholder-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.required(event, "roundId");
        try {
            show(surveys.form(id));
        } catch (StakeholderRoundNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(Questionnaire form) {
        add(new H1(getTranslation("stakeholder.title")), errors, status,
                new Paragraph(getTranslation("stakeholder.lead", form.minutes())));
        fields.addAll(FormFields.add(this, form.sections(Set.of()), Map.of(), getLocale(), (q, value) -> {
            // sent at once with the rest
        }));
        Button send = new Button(getTranslation("followup.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("stakeholder-send");
        add(send);
    }

    private void send() {
        Map<String, String> answers = new HashMap<>();
        for (QuestionField f : fields) {
            answers.put(f.question().id(), f.value());
        }
        AnswerResult result;
        try {
            result = surveys.answer(id, answers);
        } catch (StakeholderRoundNotFoundException closed) {
            // closed meanwhile: said, nothing typed is taken away
            status.setText(getTranslation("stakeholder.closed"));
            return;
        }
        if (result.status() == AnswerResult.Status.INVALID) {
            status.setText("");
            FormFields.showErrors(errors, fields, result.errors(), this, getLocale());
        } else {
            errors.hide();
            removeAll();
            fields.clear();
            status.setText(getTranslation(result.status() == AnswerResult.Status.SAVED ? "stakeholder.sent"
                    : "stakeholder.already"));
            add(new H1(getTranslation("stakeholder.title")), status,
                    new Paragraph(new Anchor("/staff/network", getTranslation("stakeholder.back"))));
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        String prefix = errors.isVisible() ? getTranslation("hc.errors.title.prefix") + " " : "";
        return prefix + getTranslation("stakeholder.title") + " – " + getTranslation("app.name");
    }
}
