package fi.tyollisyystalo.messaging.ui;

import org.springframework.data.domain.Page;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.messaging.MessagesPages;
import fi.tyollisyystalo.messaging.SecureMessages;
import fi.tyollisyystalo.messaging.ThreadSummary;

/**
 * The team's inbox of secure messages: every thread, newest activity first, or those waiting for the
 * team first; 25 at a time. Each listing is audited by the service.
 */
@Route(value = MessagesPages.TEAM, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class TeamInboxView extends Div implements HasDynamicTitle {

    static final int PAGE_SIZE = 25;

    private final SecureMessages messages;
    private final Checkbox waitingFirst = new Checkbox();
    private final Div results = new Div();
    private final Paragraph position = new Paragraph();
    private final Button previous = new Button();
    private final Button next = new Button();
    private int page;

    TeamInboxView(SecureMessages messages) {
        this.messages = messages;
        addClassNames("tt-page", "tt-messages");
        waitingFirst.setId("inbox-waiting-first");
        waitingFirst.setLabel(getTranslation("messages.inbox.waiting-first"));
        waitingFirst.setValue(true);
        waitingFirst.addValueChangeListener(e -> {
            page = 0;
            refresh();
        });
        results.setId("team-inbox");
        position.setId("inbox-position");
        position.getElement().setAttribute("role", "status");
        previous.setText(getTranslation("messages.inbox.previous"));
        previous.setId("inbox-previous");
        previous.addClickListener(e -> {
            page = Math.max(0, page - 1);
            refresh();
        });
        next.setText(getTranslation("messages.inbox.next"));
        next.setId("inbox-next");
        next.addClickListener(e -> {
            page++;
            refresh();
        });
        Div paging = new Div(previous, next);
        paging.addClassName("tt-actions");
        add(new H1(getTranslation("messages.inbox.title")), new Paragraph(getTranslation("messages.inbox.lead")),
                waitingFirst, position, results, paging);
        refresh();
    }

    private void refresh() {
        Page<ThreadSummary> found = messages.teamInbox(page, PAGE_SIZE, waitingFirst.getValue());
        results.removeAll();
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("messages.inbox.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("tt-thread-list");
            for (ThreadSummary t : found) {
                list.add(ThreadItems.item(t, MessagesPages.team(t.id()), t.clientName(),
                        (key, args) -> getTranslation(key, args), getLocale()));
            }
            results.add(list);
        }
        position.setText(found.getTotalElements() == 0 ? ""
                : getTranslation("messages.inbox.position", page * PAGE_SIZE + 1,
                        page * PAGE_SIZE + found.getNumberOfElements(), found.getTotalElements()));
        previous.setEnabled(found.hasPrevious());
        next.setEnabled(found.hasNext());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.inbox.title") + " – " + getTranslation("app.name");
    }
}
