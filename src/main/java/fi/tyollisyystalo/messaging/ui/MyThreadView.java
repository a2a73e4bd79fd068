package fi.tyollisyystalo.messaging.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.messaging.MessageThread;
import fi.tyollisyystalo.messaging.MessagesPages;
import fi.tyollisyystalo.messaging.SecureMessages;
import fi.tyollisyystalo.messaging.ThreadState;

/**
 * One of the resident's threads: the messages (opening it marks them read), whose turn it is, and the
 * reply box. Another person's thread is the same 404 as a missing one.
 */
@Route(value = MessagesPages.MINE + "/:threadId([0-9]+)", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class MyThreadView extends ThreadPage implements HasDynamicTitle {

    private final SecureMessages messages;
    private String subject = "";

    MyThreadView(SecureMessages messages) {
        this.messages = messages;
    }

    @Override
    void show() {
        MessageThread thread = messages.openMyThread(threadId);
        subject = thread.subject();
        removeAll();
        add(ThreadHeader.of(Pages.href(MessagesView.class), getTranslation("messages.back"), thread.subject(),
                getTranslation(thread.state() == ThreadState.WAITING_FOR_RESIDENT ? "messages.state.you.long"
                        : "messages.state.team.long")));
        add(new MessageListPanel(thread, true, messages::myAttachment), new ReplyBox(new ReplyBox.Actions(
                () -> messages.myDraft(threadId), body -> messages.saveMyDraft(threadId, body),
                (body, files) -> messages.replyAsResident(threadId, body, files)), messages.attachmentMaxBytes(),
                this::show));
    }

    @Override
    public String getPageTitle() {
        return subject + " – " + getTranslation("messages.title") + " – " + getTranslation("app.name");
    }
}
