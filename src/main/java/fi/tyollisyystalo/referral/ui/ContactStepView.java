package fi.tyollisyystalo.referral.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import fi.tyollisyystalo.base.ui.SaveStatus;
import fi.tyollisyystalo.base.ui.UrgentHelp;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.referral.ContactDraft;
import fi.tyollisyystalo.referral.ContactForms;
import fi.tyollisyystalo.referral.ContactProblem;
import fi.tyollisyystalo.referral.ContactQuestion;
import fi.tyollisyystalo.referral.ContactRequestNotFoundException;
import fi.tyollisyystalo.referral.ContactStep;
import fi.tyollisyystalo.referral.ReferralPages;

/**
 * One page of the contact form (one topic), in the health check's way: back link, progress, the questions,
 * every answer saved as typed with the time said, errors at the fields and in a summary, urgent help always
 * at hand (crisis words are never diagnosed from what is typed).
 */
@Route(value = ReferralPages.CONTACT_FORM + "/:draftId([0-9]+)/step/:step", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class ContactStepView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ContactStepView.class);

    private final ContactForms forms;
    private final ErrorSummary errors = new ErrorSummary("hc.errors.heading");
    private final SaveStatus saved;
    private final List<ContactField> fields = new ArrayList<>();
    private final Map<String, String> answers = new HashMap<>();
    private ContactDraft draft;
    private ContactStep step = ContactStep.SITUATION;
    private boolean returnToCheck;

    ContactStepView(ContactForms forms, Clock clock) {
        this.forms = forms;
        this.saved = new SaveStatus("cf-saved", clock);
        addClassNames("tt-page", "tt-hc-step", "tt-contact-step");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "draftId");
        Optional<ContactStep> s = ContactStep.ofPath(event.getRouteParameters().get("step").orElse(""));
        if (s.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            draft = forms.myDraft(id);
        } catch (ContactRequestNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        step = s.get();
        returnToCheck = event.getLocation().getQueryParameters().getParameters().containsKey("return");
        answers.clear();
        answers.putAll(draft.answers());
        build();
    }

    private void build() {
        removeAll();
        fields.clear();
        int index = step.ordinal();
        int total = ContactStep.values().length;
        String back = returnToCheck ? "/" + ReferralPages.check(draft.id())
                : index == 0 ? "/" + ReferralPages.CONTACT_FORM
                : "/" + ReferralPages.step(draft.id(), ContactStep.values()[index - 1]);
        Anchor backLink = new Anchor(back, getTranslation("hc.back"));
        backLink.addClassName("tt-back");
        backLink.setId("cf-back");
        Paragraph progress = new Paragraph(getTranslation("hc.step", index + 1, total));
        progress.addClassName("tt-hc-progress__text");
        add(backLink, progress, errors, new H1(title()));
        Paragraph intro = new Paragraph(getTranslation("contactform.step." + step.path() + ".intro"));
        intro.addClassName("tt-lead");
        add(intro);
        Div form = new Div();
        form.addClassNames("tt-form", "tt-hc-form");
        for (ContactQuestion q : ContactQuestion.of(step)) {
            ContactField field = new ContactField(q, answers.getOrDefault(q.id(), ""), q.required(answers),
                    value -> save(q, value));
            fields.add(field);
            form.add(field);
        }
        add(form);
        if (step == ContactStep.BACKGROUND) {
            // the consents asked on this page, also in plain language (selkokieli / lättläst)
            com.vaadin.flow.component.details.Details easy = new com.vaadin.flow.component.details.Details(
                    getTranslation("contactform.easy.summary"),
                    new Paragraph(getTranslation("contactform.q.attach_health_check.help.easy")),
                    new Paragraph(getTranslation("consent.kind.INFO_EXCHANGE.text.easy")));
            easy.setId("cf-easy-consents");
            add(easy);
        }
        Button next = new Button(getTranslation(returnToCheck ? "hc.save.return"
                : index + 1 == total ? "hc.continue.check" : "hc.continue"), e -> next());
        next.setId("cf-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(next);
        actions.addClassName("tt-actions");
        add(actions, saved);
        add(UrgentHelp.callout("cf-urgent", "contactform.urgent.heading", null));
        updateVisibility();
    }

    private void save(ContactQuestion q, String value) {
        answers.put(q.id(), value);
        updateVisibility();
        try {
            Optional<ContactProblem> problem = forms.saveAnswer(draft.id(), q, value);
            field(q).showError(problem.map(this::message).orElse(null));
            saved.saved();
        } catch (RuntimeException e) {
            // what was typed stays in the field; Continue tries again
            log.warn("Saving a contact form answer failed: {}", e.toString());
            saved.failed(e);
        }
    }

    private void next() {
        for (ContactField f : fields) {
            if (f.isVisible() && !f.value().equals(answers.getOrDefault(f.question().id(), ""))) {
                save(f.question(), f.value());
            }
        }
        List<ContactProblem> problems;
        try {
            problems = forms.continueFrom(draft.id(), step);
        } catch (RuntimeException e) {
            log.warn("Moving on in the contact form failed: {}", e.toString());
            saved.failed(e);
            return;
        }
        fields.forEach(f -> f.showError(null));
        if (!problems.isEmpty()) {
            List<ErrorSummary.Problem> summary = new ArrayList<>();
            for (ContactProblem p : problems) {
                ContactField f = field(p.question());
                String msg = message(p);
                f.showError(msg);
                summary.add(new ErrorSummary.Problem(ErrorSummary.join(
                        getTranslation("contactform.q." + p.question().id() + ".label"), msg), "#" + f.fieldId()));
            }
            errors.show(summary);
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        errors.hide();
        int index = step.ordinal();
        String target = returnToCheck || index + 1 == ContactStep.values().length ? ReferralPages.check(draft.id())
                : ReferralPages.step(draft.id(), ContactStep.values()[index + 1]);
        getUI().ifPresent(ui -> ui.navigate(target));
    }

    private void updateVisibility() {
        for (ContactField f : fields) {
            f.setVisible(f.question().isAsked(answers, draft.hasHealthCheck()));
        }
    }

    private ContactField field(ContactQuestion q) {
        return fields.stream().filter(f -> f.question() == q).findFirst().orElseThrow();
    }

    private String message(ContactProblem p) {
        return getTranslation(p.messageKey(), p.args().toArray());
    }

    private String title() {
        return getTranslation("contactform.step." + step.path() + ".title");
    }

    @Override
    public String getPageTitle() {
        String prefix = errors.isVisible() ? getTranslation("hc.errors.title.prefix") + " " : "";
        return prefix + title() + " – " + getTranslation("contactform.start.title") + " – " + getTranslation("app.name");
    }

}
