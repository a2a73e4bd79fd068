package fi.tyollisyystalo.servicemap.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.servicemap.ServiceMapPages;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.RouteIds;

import fi.tyollisyystalo.base.ui.ErrorSummary;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.servicemap.PublishingStatus;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.ServiceDetails;
import fi.tyollisyystalo.servicemap.ServiceEditorService;
import fi.tyollisyystalo.servicemap.ServiceValidationException;

/**
 * Create or edit one service: texts in three languages, classifications, professional notes; save
 * as a draft, preview, publish or unpublish; the edit history below. What was typed stays when
 * something is missing.
 */
@Route(value = ServiceMapPages.EDITOR + "/:id", layout = StaffLayout.class)
@RolesAllowed(Roles.SERVICE_EDITOR)
class ServiceEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceEditorService editor;
    private final ServiceForm form;
    private final Paragraph status = new Paragraph();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button unpublish = new Button();
    private final Anchor preview = new Anchor();
    private final UnorderedList history = new UnorderedList();
    private final H1 title = new H1();
    private final ErrorSummary errors = new ErrorSummary("editor.error.summary");
    private final PtvChangePanel ptvChange = new PtvChangePanel();
    private long id = -1;

    ServiceEditorView(ServiceEditorService editor) {
        this.editor = editor;
        this.form = new ServiceForm(editor.organisations());
        addClassNames("tt-page", "tt-page--wide", "tt-editor");
        status.setId("editor-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("tt-status");
        save.setText(getTranslation("editor.save"));
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.setText(getTranslation("editor.publish"));
        publish.setId("editor-publish");
        publish.addClickListener(e -> setPublished(true));
        unpublish.setText(getTranslation("editor.unpublish"));
        unpublish.setId("editor-unpublish");
        unpublish.addClickListener(e -> setPublished(false));
        preview.setText(getTranslation("editor.preview"));
        preview.setId("editor-preview");
        preview.setTarget("_blank");
        Div actions = new Div(save, publish, unpublish, preview, status);
        actions.addClassName("tt-actions");
        Anchor back = new Anchor(Pages.href(ServiceEditorListView.class), getTranslation("editor.back"));
        Section historySection = new Section(new H2(getTranslation("editor.history")), history);
        historySection.setId("editor-history");
        ptvChange.accept.addClickListener(e -> reviewPtvChange(true));
        ptvChange.reject.addClickListener(e -> reviewPtvChange(false));
        add(back, title, errors, ptvChange, form, actions, historySection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(param)) {
            id = -1;
            title.setText(getTranslation("editor.new"));
        } else {
            id = RouteIds.required(event, "id");
            ServiceDetails d = editor.load(id).orElseThrow(NotFoundException::new);
            form.set(d.data(), editor.organisationOf(id).orElse(-1L));
            title.setText(d.data().name().in(getLocale()));
        }
        refreshState();
    }

    private void save() {
        form.clearErrors();
        errors.hide();
        status.setText("");
        if (!form.hasOrganisation()) {
            errors.show(List.of(form.organisationMissing()));
            return;
        }
        try {
            ServiceData value = form.value();
            if (id < 0) {
                id = editor.create(form.organisationId(), value);
                // the address and the title name the saved service: a reload or a bookmark opens it, not a new one
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "staff/services/" + id));
            } else {
                editor.update(id, form.organisationId(), value);
            }
            title.setText(value.name().in(getLocale()));
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            status.setText(getTranslation("editor.saved"));
            refreshState();
        } catch (ServiceValidationException e) {
            showErrors(e);
        }
    }

    private void showErrors(ServiceValidationException e) {
        status.setText("");
        errors.show(form.showErrors(e.fieldErrors()));
    }

    private void reviewPtvChange(boolean accept) {
        form.clearErrors();
        errors.hide();
        try {
            if (accept) {
                editor.acceptPtvChange(id);
                status.setText(getTranslation("editor.ptv.accepted"));
            } else {
                editor.rejectPtvChange(id);
                status.setText(getTranslation("editor.ptv.rejected"));
            }
            editor.load(id).ifPresent(d -> {
                form.set(d.data(), editor.organisationOf(id).orElse(-1L));
                title.setText(d.data().name().in(getLocale()));
            });
            refreshState();
        } catch (ServiceValidationException e) {
            status.setText("");
            errors.show(List.of(new ErrorSummary.Problem(getTranslation("editor.ptv.invalid"), "#editor-ptv-change")));
        }
    }

    private void setPublished(boolean published) {
        if (id < 0) {
            return;
        }
        form.clearErrors();
        errors.hide();
        try {
            if (published) {
                editor.publish(id);
                status.setText(getTranslation("editor.published"));
            } else {
                editor.unpublish(id);
                status.setText(getTranslation("editor.unpublished"));
            }
            refreshState();
        } catch (ServiceValidationException e) {
            showErrors(e);
        }
    }

    private void refreshState() {
        boolean exists = id >= 0;
        Optional<ServiceDetails> stored = exists ? editor.load(id) : Optional.empty();
        PublishingStatus st = stored.map(ServiceDetails::status).orElse(PublishingStatus.DRAFT);
        publish.setVisible(exists && st == PublishingStatus.DRAFT);
        unpublish.setVisible(exists && st == PublishingStatus.PUBLISHED);
        preview.setVisible(exists);
        preview.setHref(exists ? "/" + ServiceMapPages.service(id) : "");
        Optional<ServiceData> change = exists ? editor.ptvChange(id) : Optional.empty();
        if (change.isPresent() && stored.isPresent()) {
            ptvChange.show(stored.get().data(), change.get());
        } else {
            ptvChange.hide();
        }
        history.removeAll();
        List<fi.tyollisyystalo.servicemap.ServiceRevision> revisions = exists ? editor.history(id) : List.of();
        for (var r : revisions) {
            history.add(new ListItem(Formats.dateTime(r.at(), getLocale()) + " – " + r.editorName() + ": "
                    + getTranslation("editor.action." + r.action())));
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – " + getTranslation("app.name");
    }
}
