package fi.tyollisyystalo.servicemap.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.servicemap.ServiceMapPages;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.servicemap.EditorListItem;
import fi.tyollisyystalo.servicemap.ServiceEditorService;

/** The editor's list of all services, drafts included, newest changes first; pages lazily. */
@Route(value = ServiceMapPages.EDITOR, layout = StaffLayout.class)
@RolesAllowed(Roles.SERVICE_EDITOR)
class ServiceEditorListView extends Div implements HasDynamicTitle {

    private final Grid<EditorListItem> grid = new Grid<>();
    private final TextField filter = new TextField();
    private String text = "";

    ServiceEditorListView(ServiceEditorService editor) {
        addClassNames("tt-page", "tt-page--wide");
        filter.setId("editor-filter");
        filter.setLabel(getTranslation("editor.list.filter"));
        filter.setClearButtonVisible(true);
        filter.addKeyPressListener(Key.ENTER, e -> refresh());
        Button search = new Button(getTranslation("servicemap.search.button"), e -> refresh());
        Anchor create = new Anchor("/" + ServiceMapPages.editor("new"), getTranslation("editor.new"));
        create.setId("editor-new");
        create.addClassNames("tt-button", "tt-button--primary");
        Div bar = new Div(filter, search);
        bar.addClassNames("tt-form", "tt-form--row");
        var locale = getLocale();
        grid.addComponentColumn(i -> new Anchor("/" + ServiceMapPages.editor(String.valueOf(i.id())), i.name().in(locale)))
                .setHeader(getTranslation("editor.field.name")).setFlexGrow(3);
        grid.addColumn(i -> i.organisationName().in(locale)).setHeader(getTranslation("editor.field.organisation"))
                .setFlexGrow(2);
        grid.addColumn(i -> getTranslation("editor.status." + i.status().name())
                + (i.ptvChangeWaiting() ? " – " + getTranslation("editor.status.ptvChange") : ""))
                .setHeader(getTranslation("editor.status")).setAutoWidth(true);
        grid.addColumn(i -> (i.translatedSv() ? "sv ✓" : "sv –") + "  " + (i.translatedEn() ? "en ✓" : "en –"))
                .setHeader(getTranslation("editor.translations")).setAutoWidth(true);
        grid.addColumn(i -> Formats.dateTime(i.updatedAt(), locale)).setHeader(getTranslation("editor.updated"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(p -> editor.list(text, p).getContent());
        grid.setHeight("36rem");
        grid.getElement().setAttribute("aria-label", getTranslation("editor.list.title"));
        add(new H1(getTranslation("editor.list.title")), new Paragraph(getTranslation("editor.list.lead")), create,
                bar, grid);
    }

    private void refresh() {
        text = filter.getValue();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.list.title") + " – " + getTranslation("app.name");
    }
}
