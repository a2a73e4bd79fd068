package fi.tyollisyystalo.followup.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ErrorSummary;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.followup.AnswerResult;
import fi.tyollisyystalo.followup.FollowUp;
import fi.tyollisyystalo.followup.FollowUpNotFoundException;
import fi.tyollisyystalo.followup.FollowUpPages;
import fi.tyollisyystalo.followup.FollowUpPanels;
import fi.tyollisyystalo.followup.FollowUps;
import fi.tyollisyystalo.identity.IdentityPages;
import fi.tyollisyystalo.questionnaire.QuestionField;

/**
 * The resident answers one follow-up: every question of the form on one page, grouped by its sections, sent at
 * once. Each answer is kept as the draft as it is given (come back later, on any device); a wrong or missing answer
 * is said at its field and in a summary at the top, and what was given stays. Once sent (or when it was answered
 * already) the page shows the answers; another resident's id is the 404.
 */
@Route(value = FollowUpPages.FORM + "/:followUpId([0-9]+)", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class FollowUpView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FollowUpView.class);

    private final FollowUps followUps;
    private final ErrorSummary errors = new ErrorSummary("followup.errors.heading");
    private final Paragraph status = new Paragraph();
    private final List<QuestionField> fields = new ArrayList<>();
    private final Map<String, String> answers = new HashMap<>();
    private long id;
    private String name = "followup.title";

    FollowUpView(FollowUps followUps) {
        this.followUps = followUps;
        addClassNames("tt-page", "tt-follow-up-form");
        status.setId("follow-up-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.required(event, "followUpId");
        try {
            show(followUps.mine(id), false);
        } catch (FollowUpNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(FollowUp f, boolean justSent) {
        removeAll();
        fields.clear();
        String purpose = f.invitation().purpose().name();
        name = "followup.name." + purpose;
        add(new H1(getTranslation(name)), errors, status);
        if (f.invitation().answeredAt() != null) {
            status.setText(justSent ? getTranslation("followup.sent." + purpose)
                    : getTranslation("followup.already", Formats.dateTime(f.invitation().answeredAt(), getLocale())));
            Section answered = new Section(new H2(getTranslation("followup.answers")));
            answered.setId("follow-up-answers");
            answered.add(FollowUpPanels.answers(f, getLocale(), (k, a) -> getTranslation(k, a)));
            add(answered, new Paragraph(new Anchor("/" + IdentityPages.MY_PAGE, getTranslation("followup.back"))));
            return;
        }
        add(new Paragraph(getTranslation("followup.lead." + purpose, f.form().minutes())));
        answers.putAll(f.answers());
        fields.addAll(FormFields.add(this, f.sections(), answers, getLocale(), (q, value) -> {
            answers.put(q.id(), value);
            updateVisibility();
            keep(q.id(), value);
        }));
        updateVisibility();
        Button send = new Button(getTranslation("followup.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("follow-up-send");
        add(send);
    }

    private void send() {
        // the last keystrokes of a lazily sent field: take what the fields show now
        for (QuestionField f : fields) {
            answers.put(f.question().id(), f.value());
        }
        AnswerResult result = followUps.answer(id, Map.copyOf(answers));
        switch (result.status()) {
            case INVALID -> {
                status.setText("");
                FormFields.showErrors(errors, fields, result.errors(), this, getLocale());
            }
            case SAVED, ALREADY_ANSWERED -> {
                errors.hide();
                show(followUps.mine(id), result.status() == AnswerResult.Status.SAVED);
            }
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /**
     * Keeps the answer as the draft, so the resident can leave and come back, and says at once what is wrong with
     * it. If it cannot be kept now, the page still has it and sends it with the rest.
     */
    private void keep(String questionId, String value) {
        try {
            field(questionId).showError(followUps.saveDraft(id, questionId, value)
                    .map(e -> getTranslation(e.messageKey(), e.args().toArray())).orElse(null));
        } catch (RuntimeException e) {
            log.warn("Keeping a follow-up answer failed; it stays on the page", e);
        }
    }

    private void updateVisibility() {
        for (QuestionField f : fields) {
            f.setVisible(f.question().isAsked(answers));
        }
    }

    private QuestionField field(String questionId) {
        return FormFields.field(fields, questionId);
    }

    @Override
    public String getPageTitle() {
        String prefix = errors.isVisible() ? getTranslation("hc.errors.title.prefix") + " " : "";
        return prefix + getTranslation(name) + " – " + getTranslation("app.name");
    }
}
