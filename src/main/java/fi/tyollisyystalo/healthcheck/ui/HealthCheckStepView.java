package fi.tyollisyystalo.healthcheck.ui;

import fi.tyollisyystalo.questionnaire.QuestionField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.identity.IdentityPages;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.Failures;

import fi.tyollisyystalo.base.ui.ErrorSummary;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.questionnaire.AnswerError;
import fi.tyollisyystalo.healthcheck.DraftCheck;
import fi.tyollisyystalo.healthcheck.HealthCheckNotFoundException;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.Section;

/**
 * One topic per page (GOV.UK "one thing per page"): a back link, the step and a progress bar, the
 * questions, and Continue. Each answer is saved on the server as soon as it is given, and the page
 * says when it was saved; errors are shown at the fields and in a summary at the top.
 */
@Route(value = HealthCheckPages.START + "/:checkId([0-9]+)/step/:sectionId", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class HealthCheckStepView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(HealthCheckStepView.class);
    private static final int RETRY_MILLIS = 3_000;

    private final ResidentHealthChecks service;
    private final ErrorSummary errors = new ErrorSummary("hc.errors.heading");
    private final fi.tyollisyystalo.base.ui.SaveStatus saved;
    private final List<QuestionField> fields = new ArrayList<>();
    private final Map<String, String> answers = new HashMap<>();
    /** Answers given while the database could not be reached, in the order given, until saved. */
    private final Map<String, String> pending = new LinkedHashMap<>();
    private @Nullable Registration retry;
    private DraftCheck draft;
    private Section section;
    private boolean returnToCheck;
    private String title = "";

    HealthCheckStepView(ResidentHealthChecks service, java.time.Clock clock) {
        this.service = service;
        this.saved = new fi.tyollisyystalo.base.ui.SaveStatus("hc-saved", clock);
        addClassNames("tt-page", "tt-hc-step");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "checkId");
        String sectionId = event.getRouteParameters().get("sectionId").orElseThrow();
        try {
            draft = service.myDraft(id);
        } catch (HealthCheckNotFoundException e) {
            // submitted already, or not the resident's own: a submitted one of their own opens its result
            event.rerouteToError(NotFoundException.class);
            return;
        }
        int index = draft.indexOf(sectionId);
        if (index < 0) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        section = draft.sections().get(index);
        returnToCheck = event.getLocation().getQueryParameters().getParameters().containsKey("return");
        answers.clear();
        answers.putAll(draft.answers());
        build(index);
    }

    private void build(int index) {
        removeAll();
        fields.clear();
        int total = draft.sections().size();
        String back = index == 0 ? "/" + HealthCheckPages.START
                : "/" + HealthCheckRoutes.step(draft.id(), draft.sections().get(index - 1).id());
        if (returnToCheck) {
            back = "/" + HealthCheckRoutes.check(draft.id());
        }
        Anchor backLink = new Anchor(back, getTranslation("hc.back"));
        backLink.addClassName("tt-back");
        backLink.setId("hc-back");

        Paragraph step = new Paragraph(getTranslation("hc.step", index + 1, total));
        step.addClassName("tt-hc-progress__text");
        Div bar = new Div();
        bar.addClassName("tt-hc-progress__bar");
        Div fill = new Div();
        fill.addClassName("tt-hc-progress__fill");
        fill.getStyle().set("width", Math.round(100.0 * index / total) + "%");
        bar.add(fill);
        bar.getElement().setAttribute("aria-hidden", "true");
        Div progress = new Div(step, bar);
        progress.addClassName("tt-hc-progress");

        title = section.title().in(getLocale());
        add(backLink, progress, errors, new H1(title));
        if (section.intro() != null) {
            Paragraph intro = new Paragraph(section.intro().in(getLocale()));
            intro.addClassName("tt-lead");
            add(intro);
        }
        Div form = new Div();
        form.addClassNames("tt-form", "tt-hc-form");
        for (Question q : section.questions()) {
            QuestionField field = new QuestionField(q, answers.get(q.id()), getLocale(), value -> save(q, value));
            fields.add(field);
            form.add(field);
        }
        add(form);
        if (section.link() != null && section.linkText() != null) {
            Anchor link = new Anchor(section.link(), section.linkText().in(getLocale()));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener");
            add(new Paragraph(link));
        }
        Button next = new Button(getTranslation(returnToCheck ? "hc.save.return"
                : index + 1 == total ? "hc.continue.check" : "hc.continue"), e -> next(index));
        next.setId("hc-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(next);
        actions.addClassName("tt-actions");
        add(actions, saved);
        Paragraph later = new Paragraph(new Span(getTranslation("hc.later")), new Span(" "),
                new Anchor("/" + IdentityPages.MY_PAGE, getTranslation("hc.later.mypage")));
        later.addClassName("tt-hc-later");
        add(later);
        updateVisibility();
    }

    private void save(Question q, String value) {
        answers.put(q.id(), value);
        updateVisibility();
        pending.remove(q.id());
        pending.put(q.id(), value);
        savePending();
    }

    /**
     * Saves the answers not yet saved, oldest first. While the database can't be reached they stay in
     * the view, the status says that saving is waiting, and the UI polls to try again until it works.
     */
    private boolean savePending() {
        try {
            for (var it = pending.entrySet().iterator(); it.hasNext();) {
                var answer = it.next();
                Optional<AnswerError> error = service.saveAnswer(draft.id(), answer.getKey(), answer.getValue());
                it.remove();
                // numbers and text are explained while typing; missing answers only on Continue
                field(answer.getKey()).showError(error.map(this::message).orElse(null));
            }
            stopRetrying();
            saved.saved();
            return true;
        } catch (RuntimeException e) {
            if (Failures.isServiceUnavailable(e)) {
                log.warn("Saving an answer is waiting for the database: {}", e.toString());
                saved.pending();
                retryLater();
            } else {
                log.warn("Saving an answer failed", e);
                pending.clear();
                saved.failed();
            }
            return false;
        }
    }

    private void retryLater() {
        if (retry == null) {
            getUI().ifPresent(ui -> {
                ui.setPollInterval(RETRY_MILLIS);
                retry = ui.addPollListener(e -> savePending());
            });
        }
    }

    private void stopRetrying() {
        if (retry != null) {
            retry.remove();
            retry = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopRetrying();
        super.onDetach(event);
    }

    private void next(int index) {
        // the last keystrokes of a lazily sent field: save what the fields show now
        for (QuestionField f : fields) {
            if (f.isVisible() && !f.value().equals(answers.getOrDefault(f.question().id(), ""))) {
                save(f.question(), f.value());
            }
        }
        if (!pending.isEmpty() && !savePending()) {
            return;
        }
        List<AnswerError> problems;
        try {
            problems = service.continueFrom(draft.id(), section.id());
        } catch (RuntimeException e) {
            log.warn("Moving on from a health check page failed", e);
            saved.failed(e);
            return;
        }
        fields.forEach(f -> f.showError(null));
        if (!problems.isEmpty()) {
            List<ErrorSummary.Problem> summary = new ArrayList<>();
            for (AnswerError p : problems) {
                QuestionField f = field(p.questionId());
                String msg = message(p);
                f.showError(msg);
                summary.add(new ErrorSummary.Problem(ErrorSummary.join(f.question().text().in(getLocale()), msg),
                        "#" + f.fieldId()));
            }
            errors.show(summary);
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        errors.hide();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        int total = draft.sections().size();
        String target = returnToCheck || index + 1 == total ? HealthCheckRoutes.check(draft.id())
                : HealthCheckRoutes.step(draft.id(), draft.sections().get(index + 1).id());
        getUI().ifPresent(ui -> ui.navigate(target));
    }

    private void updateVisibility() {
        for (QuestionField f : fields) {
            f.setVisible(f.question().isAsked(answers));
        }
    }

    private QuestionField field(String questionId) {
        return fields.stream().filter(f -> f.question().id().equals(questionId)).findFirst().orElseThrow();
    }

    private String message(AnswerError e) {
        return getTranslation(e.messageKey(), e.args().toArray());
    }

    @Override
    public String getPageTitle() {
        String prefix = errors.isVisible() ? getTranslation("hc.errors.title.prefix") + " " : "";
        return prefix + title + " – " + getTranslation("hc.start.title") + " – " + getTranslation("app.name");
    }
}
