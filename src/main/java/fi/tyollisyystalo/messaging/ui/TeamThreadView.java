package fi.tyollisyystalo.messaging.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.messaging.Draft;
import fi.tyollisyystalo.messaging.MessageNotFoundException;
import fi.tyollisyystalo.messaging.MessageThread;
import fi.tyollisyystalo.messaging.MessagesPages;
import fi.tyollisyystalo.messaging.NewAttachment;
import fi.tyollisyystalo.messaging.SecureMessages;
import fi.tyollisyystalo.messaging.ThreadState;

/**
 * A thread as the team reads it: the client, the messages (the opening is audited and shows in the
 * resident's "who has seen my data"), and the reply box. The resident gets a notice if they have not
 * read the answer within the configured delay.
 */
@Route(value = MessagesPages.TEAM + "/:threadId([0-9]+)", layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class TeamThreadView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SecureMessages messages;
    private long threadId;

    TeamThreadView(SecureMessages messages) {
        this.messages = messages;
        addClassNames("tt-page", "tt-thread-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        threadId = RouteIds.required(event, "threadId");
        try {
            show();
        } catch (MessageNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show() {
        MessageThread thread = messages.openTeamThread(threadId);
        removeAll();
        Anchor back = new Anchor(Pages.href(TeamInboxView.class), getTranslation("messages.inbox.back"));
        back.addClassName("tt-back");
        H1 title = new H1(thread.subject());
        title.getElement().setAttribute("dir", "auto");
        Paragraph client = new Paragraph(getTranslation("messages.thread.client", thread.clientName()));
        client.setId("thread-client");
        Paragraph state = new Paragraph(getTranslation(thread.state() == ThreadState.WAITING_FOR_TEAM
                ? "messages.state.team.staff" : "messages.state.resident.staff"));
        state.setId("thread-state");
        state.addClassName("tt-lead");
        Paragraph logged = new Paragraph(getTranslation("messages.thread.logged"));
        logged.addClassName("tt-hint");
        add(back, title, client, state, logged, new MessageListPanel(thread, false, messages::teamAttachment),
                new ReplyBox(new ReplyBox.Actions() {
                    @Override
                    public Optional<Draft> draft() {
                        return messages.teamDraft(threadId);
                    }

                    @Override
                    public Instant saveDraft(String body) {
                        return messages.saveTeamDraft(threadId, body);
                    }

                    @Override
                    public void send(String body, List<NewAttachment> files) {
                        messages.replyAsTeam(threadId, body, files);
                    }
                }, messages.attachmentMaxBytes(), this::show));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.inbox.title") + " – " + getTranslation("app.name");
    }
}
