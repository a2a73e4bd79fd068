package fi.tyollisyystalo.servicemap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ErrorSummary;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.servicemap.OrganisationOption;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.ServiceEditorService;
import fi.tyollisyystalo.servicemap.ServiceValidationException;

/** Providers of services: names in three languages, type and web site; pick one to edit or add a new one. */
@Route(value = "staff/organisations", layout = StaffLayout.class)
@RolesAllowed(Roles.SERVICE_EDITOR)
class OrganisationEditorView extends Div implements HasDynamicTitle {

    private final ServiceEditorService editor;
    private final Grid<OrganisationOption> grid = new Grid<>();
    private final TextField fi = new TextField();
    private final TextField sv = new TextField();
    private final TextField en = new TextField();
    private final Select<OrganisationType> type = new NamedSelect<>();
    private final TextField website = new TextField();
    private final Paragraph status = new Paragraph();
    private final H2 formTitle = new H2();
    private final ErrorSummary errors = new ErrorSummary("editor.error.summary");
    private @Nullable Long editing;

    OrganisationEditorView(ServiceEditorService editor) {
        this.editor = editor;
        addClassNames("tt-page", "tt-page--wide");
        Locale locale = getLocale();
        grid.addColumn(o -> o.name().in(locale)).setHeader(getTranslation("editor.field.name")).setFlexGrow(3);
        grid.addColumn(o -> getTranslation("servicemap.orgtype." + o.type().name()))
                .setHeader(getTranslation("editor.org.type")).setAutoWidth(true);
        grid.setHeight("20rem");
        grid.getElement().setAttribute("aria-label", getTranslation("editor.org.title"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        fi.setId("org-name-fi");
        fi.setLabel(getTranslation("editor.field.name") + " – " + getTranslation("editor.lang.fi"));
        sv.setId("org-name-sv");
        sv.setLabel(getTranslation("editor.field.name") + " – " + getTranslation("editor.lang.sv"));
        en.setId("org-name-en");
        en.setLabel(getTranslation("editor.field.name") + " – " + getTranslation("editor.lang.en"));
        type.setId("org-type");
        type.setLabel(getTranslation("editor.org.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation("servicemap.orgtype." + t.name()));
        type.setValue(OrganisationType.NGO);
        website.setId("org-website");
        website.setLabel(getTranslation("editor.org.website"));
        status.setId("org-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("tt-status");
        Button save = new Button(getTranslation("editor.save"), e -> save());
        save.setId("org-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button create = new Button(getTranslation("editor.org.new"), e -> edit(null));
        create.setId("org-new");
        Div form = new Div(formTitle, fi, sv, en, type, website, save, status);
        form.addClassName("tt-form");
        add(new H1(getTranslation("editor.org.title")), create, grid, errors, form);
        refresh();
        edit(null);
    }

    private java.util.List<OrganisationOption> refresh() {
        var items = editor.organisations();
        grid.setItems(items);
        return items;
    }

    /** The saved provider is selected (its values in the form) and scrolled into view in the list. */
    private void showSaved(java.util.List<OrganisationOption> items, long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                grid.select(items.get(i));
                edit(items.get(i));
                grid.scrollToIndex(i);
                return;
            }
        }
    }

    private void edit(@Nullable OrganisationOption o) {
        if (o == null && !grid.getSelectedItems().isEmpty()) {
            grid.deselectAll(); // comes back here through the selection listener
            return;
        }
        editing = o == null ? null : o.id();
        formTitle.setText(getTranslation(o == null ? "editor.org.new" : "editor.org.edit"));
        LocalizedText name = o == null ? LocalizedText.EMPTY : o.name();
        fi.setValue(name.fi());
        sv.setValue(name.sv() == null ? "" : name.sv());
        en.setValue(name.en() == null ? "" : name.en());
        type.setValue(o == null ? OrganisationType.NGO : o.type());
        website.setValue(o == null || o.website() == null ? "" : o.website());
        clearErrors();
    }

    private void clearErrors() {
        for (TextField f : new TextField[] {fi, sv, en, website}) {
            f.setInvalid(false);
        }
        errors.hide();
        status.setText("");
    }

    private void save() {
        clearErrors();
        try {
            long saved = editor.saveOrganisation(editing, new LocalizedText(fi.getValue().strip(),
                    sv.getValue().strip(), en.getValue().strip()), type.getValue(), website.getValue());
            // refreshing the list clears its selection (and so the form): select the saved one again
            showSaved(refresh(), saved);
            status.setText(getTranslation("editor.saved"));
        } catch (ServiceValidationException e) {
            List<ErrorSummary.Problem> problems = new ArrayList<>();
            e.fieldErrors().forEach((field, key) -> {
                TextField f = switch (field) {
                    case "website" -> website;
                    case "name.sv" -> sv;
                    case "name.en" -> en;
                    default -> fi;
                };
                f.setErrorMessage(getTranslation(key));
                f.setInvalid(true);
                problems.add(new ErrorSummary.Problem(ErrorSummary.join(f.getLabel(), getTranslation(key)),
                        "#" + f.getId().orElseThrow()));
            });
            errors.show(problems);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.org.title") + " – " + getTranslation("app.name");
    }
}
