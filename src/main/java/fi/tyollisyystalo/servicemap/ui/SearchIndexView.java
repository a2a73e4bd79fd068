package fi.tyollisyystalo.servicemap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.servicemap.SearchIndexAdministration;

/**
 * The administrator sees the state of the service map's search index and can write it again from the
 * database, for example after the search engine lost data or a node kept an old index.
 */
@Route(value = "staff/search-index", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
class SearchIndexView extends Div implements HasDynamicTitle {

    private final SearchIndexAdministration admin;
    private final Paragraph state = new Paragraph();
    private final Paragraph result = new Paragraph();

    SearchIndexView(SearchIndexAdministration admin) {
        this.admin = admin;
        addClassName("tt-page");
        state.setId("search-index-state");
        result.setId("search-index-result");
        result.getElement().setAttribute("role", "status");
        Button rebuild = new Button(getTranslation("searchindex.rebuild"), e -> rebuild());
        rebuild.setId("search-index-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.setDisableOnClick(true);
        rebuild.addClickListener(e -> rebuild.setEnabled(true));
        add(new H1(getTranslation("searchindex.title")), new Paragraph(getTranslation("searchindex.lead")), state,
                rebuild, result);
        showState();
    }

    private void showState() {
        SearchIndexAdministration.Status s = admin.status();
        state.setText(getTranslation(s.up() ? "searchindex.state.up" : "searchindex.state.down", s.backend(),
                s.documents(), s.pending()));
    }

    private void rebuild() {
        try {
            admin.rebuild();
            result.setText(getTranslation("searchindex.rebuilt"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.setText(getTranslation("searchindex.failed"));
        } catch (RuntimeException e) {
            result.setText(getTranslation("searchindex.failed"));
        }
        showState();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("searchindex.title") + " – " + getTranslation("app.name");
    }
}
