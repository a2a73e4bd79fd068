package fi.tyollisyystalo.referral.ui;

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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.referral.ContactRequestItem;
import fi.tyollisyystalo.referral.ContactRequestService;

/**
 * The team's worklist of residents who asked to be contacted, the most urgent first, with the answer
 * target in working days and overdue requests marked.
 */
@Route(value = "staff/contact-requests", layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class ContactRequestsView extends Div implements HasDynamicTitle {

    ContactRequestsView(ContactRequestService service) {
        addClassName("tt-page");
        add(new H1(getTranslation("contactrequests.title")), new Paragraph(getTranslation("contactrequests.lead")));
        // results the residents shared are where the coordinator reads up before calling
        add(new Paragraph(new Anchor("/" + HealthCheckPages.SHARED, getTranslation("contactrequests.shared"))));
        List<ContactRequestItem> items = service.worklist();
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("contactrequests.empty")));
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("contact-requests");
        table.addClassName("tt-table");
        NativeTableRow head = new NativeTableRow();
        for (String col : new String[] {"client", "received", "due", "source"}) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation("contactrequests.col." + col));
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (ContactRequestItem item : items) {
            NativeTableCell due = new NativeTableCell(Formats.dateTime(item.dueAt(), getLocale()));
            if (item.overdue()) {
                Span late = new Span(getTranslation("contactrequests.overdue"));
                late.addClassNames("tt-badge", "tt-badge--closed");
                due.add(new Span(" "), late);
            }
            body.add(new NativeTableRow(new NativeTableCell(item.clientName()),
                    new NativeTableCell(Formats.dateTime(item.receivedAt(), getLocale())), due,
                    new NativeTableCell(getTranslation("contactrequests.source." + item.source().name()))));
        }
        table.add(body);
        add(table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contactrequests.title") + " – " + getTranslation("app.name");
    }
}
