package fi.tyollisyystalo.healthcheck.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.healthcheck.HealthCheckSharing;
import fi.tyollisyystalo.healthcheck.SharedCheck;

/** The team's list of health check results residents have chosen to share, newest first. */
@Route(value = HealthCheckPages.SHARED, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class SharedHealthChecksView extends Div implements HasDynamicTitle {

    SharedHealthChecksView(HealthCheckSharing service) {
        addClassName("tt-page");
        add(new H1(getTranslation("hc.shared.title")), new Paragraph(getTranslation("hc.shared.lead")));
        List<SharedCheck> checks = service.sharedChecks();
        if (checks.isEmpty()) {
            add(new Paragraph(getTranslation("hc.shared.empty")));
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("hc-shared");
        table.addClassName("tt-table");
        NativeTableRow head = new NativeTableRow();
        for (String col : new String[] {"client", "submitted", "was", "attention", "contact"}) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation("hc.shared.col." + col));
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (SharedCheck c : checks) {
            body.add(new NativeTableRow(
                    new NativeTableCell(new Anchor("/" + HealthCheckPages.shared(c.id()), c.clientName())),
                    new NativeTableCell(Formats.dateTime(c.submittedAt(), getLocale())),
                    new NativeTableCell(c.workAbility() == null ? "–" : getTranslation("hc.answer.scale",
                            c.workAbility(), 10)),
                    new NativeTableCell(String.valueOf(c.attentionFlags())),
                    new NativeTableCell(getTranslation(c.contactWished() || c.offerCoordinator()
                            ? "hc.shared.contact.yes" : "hc.shared.contact.no"))));
        }
        table.add(body);
        add(table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hc.shared.title") + " – " + getTranslation("app.name");
    }
}
