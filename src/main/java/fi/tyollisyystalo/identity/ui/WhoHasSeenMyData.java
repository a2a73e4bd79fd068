package fi.tyollisyystalo.identity.ui;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.identity.DataAccess;
import fi.tyollisyystalo.identity.PersonService;

/** "Who has seen my data" (Act 703/2023 §11): staff name and role, what, why and when; 20 rows at a time. */
class WhoHasSeenMyData extends Section {

    private static final int PAGE_SIZE = 20;

    private final NativeTableBody body = new NativeTableBody();
    private final Button more = new Button();
    private int page;

    WhoHasSeenMyData(PersonService persons) {
        setId("who-has-seen");
        addClassName("tt-access-log");
        add(new H2(getTranslation("mypage.access.heading")), new Paragraph(getTranslation("mypage.access.lead")));
        Page<DataAccess> first = persons.whoHasSeenMyData(PageRequest.of(0, PAGE_SIZE));
        if (first.isEmpty()) {
            add(new Paragraph(getTranslation("mypage.access.empty")));
            return;
        }
        NativeTable table = new NativeTable();
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String col : new String[] {"when", "who", "what", "why"}) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation("mypage.access.col." + col));
            th.getElement().setAttribute("scope", "col");
            headRow.add(th);
        }
        head.add(headRow);
        table.add(head, body);
        add(table);
        more.setText(getTranslation("mypage.access.more"));
        more.addClickListener(e -> append(persons.whoHasSeenMyData(PageRequest.of(++page, PAGE_SIZE))));
        add(more);
        append(first);
    }

    private void append(Page<DataAccess> rows) {
        for (DataAccess a : rows) {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(Formats.dateTime(a.at(), getLocale())),
                    new NativeTableCell(a.staffName() + " (" + getTranslation("role." + a.staffRole()) + ")"),
                    new NativeTableCell(getTranslation("audit.action." + a.action()) + ": "
                            + getTranslation("audit.object." + a.objectType())),
                    new NativeTableCell(Purpose.shown(a.purpose(), this::getTranslation)));
            body.add(row);
        }
        more.setVisible(rows.hasNext());
    }
}
