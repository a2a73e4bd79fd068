package fi.tyollisyystalo.messaging.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.messaging.MessageThread;
import fi.tyollisyystalo.messaging.MessagesPages;
import fi.tyollisyystalo.messaging.SecureMessages;
import fi.tyollisyystalo.messaging.ThreadState;

/**
 * A thread as the team reads it: the client, the messages (the opening is audited and shows in the
 * resident's "who has seen my data"), and the reply box. The resident gets a notice if they have not
 * read the answer within the configured delay.
 */
@Route(value = MessagesPages.TEAM + "/:threadId([0-9]+)", layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class TeamThreadView extends ThreadPage implements HasDynamicTitle {

    private final SecureMessages messages;

    TeamThreadView(SecureMessages messages) {
        this.messages = messages;
    }

    @Override
    void show() {
        MessageThread thread = messages.openTeamThread(threadId);
        removeAll();
        add(ThreadHeader.of(Pages.href(TeamInboxView.class), getTranslation("messages.inbox.back"), thread.subject(),
                getTranslation(thread.state() == ThreadState.WAITING_FOR_TEAM ? "messages.state.team.staff"
                        : "messages.state.resident.staff")));
        Paragraph client = new Paragraph(getTranslation("messages.thread.client", thread.clientName()));
        client.setId("thread-client");
        Paragraph logged = new Paragraph(getTranslation("messages.thread.logged"));
        logged.addClassName("tt-hint");
        add(client, logged, new MessageListPanel(thread, false, messages::teamAttachment), new ReplyBox(
                new ReplyBox.Actions(() -> messages.teamDraft(threadId), body -> messages.saveTeamDraft(threadId, body),
                        (body, files) -> messages.replyAsTeam(threadId, body, files)), messages.attachmentMaxBytes(),
                this::show));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.inbox.title") + " – " + getTranslation("app.name");
    }
}
