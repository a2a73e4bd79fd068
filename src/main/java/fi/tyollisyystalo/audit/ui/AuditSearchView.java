package fi.tyollisyystalo.audit.ui;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.AuditQuery;
import fi.tyollisyystalo.audit.AuditRecord;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.StaffLayout;

/** The administrator searches the access log by person, staff member and period; the grid pages lazily. */
@Route(value = "staff/audit", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
class AuditSearchView extends Div implements HasDynamicTitle {

    private final IntegerField person = new IntegerField();
    private final TextField staff = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRecord> grid = new Grid<>();
    private AuditQuery query = new AuditQuery(null, null, null, null);

    AuditSearchView(AuditLog auditLog) {
        addClassNames("tt-page", "tt-page--wide");
        person.setId("audit-person");
        person.setLabel(getTranslation("audit.search.person"));
        person.setMin(1);
        person.setHelperText(getTranslation("audit.search.person.help"));
        staff.setId("audit-staff");
        staff.setLabel(getTranslation("audit.search.staff"));
        staff.setMaxLength(100);
        staff.setHelperText(getTranslation("audit.search.staff.help"));
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.search.from"));
        from.setLocale(getLocale());
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.search.to"));
        to.setLocale(getLocale());
        Button search = new Button(getTranslation("audit.search.button"), e -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(person, staff, from, to, search);
        form.addClassNames("tt-form", "tt-form--row");

        grid.addColumn(r -> Formats.dateTime(r.occurredAt(), getLocale())).setHeader(getTranslation("audit.col.time"))
                .setAutoWidth(true);
        // the service itself is named as the service, never as a person
        grid.addColumn(r -> r.actor().type() == fi.tyollisyystalo.audit.Actor.Type.SYSTEM
                ? getTranslation("role." + r.actor().role())
                : r.actor().name() + " (" + getTranslation("role." + r.actor().role()) + ")")
                .setHeader(getTranslation("audit.col.actor")).setFlexGrow(2);
        grid.addColumn(r -> r.subjectPersonId() == null ? "–" : String.valueOf(r.subjectPersonId()))
                .setHeader(getTranslation("audit.col.person")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.action." + r.action()) + ": "
                + getTranslation("audit.object." + r.objectType())).setHeader(getTranslation("audit.col.what"))
                .setFlexGrow(2);
        grid.addColumn(r -> Purpose.shown(r.purpose(), this::getTranslation))
                .setHeader(getTranslation("audit.col.purpose")).setFlexGrow(2);
        grid.addColumn(AuditRecord::requestId).setHeader(getTranslation("audit.col.request")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(pageable -> auditLog.search(query, pageable).getContent());
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        grid.getElement().setAttribute("aria-label", getTranslation("audit.title"));
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.lead")), form, grid);
    }

    private void search() {
        query = new AuditQuery(person.getValue() == null ? null : person.getValue().longValue(), staff.getValue(),
                start(from.getValue()), start(to.getValue() == null ? null : to.getValue().plusDays(1)));
        grid.getDataProvider().refreshAll();
    }

    private static @Nullable Instant start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.HELSINKI).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – " + getTranslation("app.name");
    }
}
