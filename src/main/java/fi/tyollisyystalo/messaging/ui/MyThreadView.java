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
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.messaging.Draft;
import fi.tyollisyystalo.messaging.MessageNotFoundException;
import fi.tyollisyystalo.messaging.MessageThread;
import fi.tyollisyystalo.messaging.MessagesPages;
import fi.tyollisyystalo.messaging.NewAttachment;
import fi.tyollisyystalo.messaging.SecureMessages;
import fi.tyollisyystalo.messaging.ThreadState;

/**
 * One of the resident's threads: the messages (opening it marks them read), whose turn it is, and the
 * reply box. Another person's thread is the same 404 as a missing one.
 */
@Route(value = MessagesPages.MINE + "/:threadId([0-9]+)", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class MyThreadView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SecureMessages messages;
    private long threadId;
    private String subject = "";

    MyThreadView(SecureMessages messages) {
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
        MessageThread thread = messages.openMyThread(threadId);
        subject = thread.subject();
        removeAll();
        Anchor back = new Anchor(Pages.href(MessagesView.class), getTranslation("messages.back"));
        back.addClassName("tt-back");
        H1 title = new H1(thread.subject());
        title.getElement().setAttribute("dir", "auto");
        Paragraph state = new Paragraph(getTranslation(thread.state() == ThreadState.WAITING_FOR_RESIDENT
                ? "messages.state.you.long" : "messages.state.team.long"));
        state.setId("thread-state");
        state.addClassName("tt-lead");
        add(back, title, state, new MessageListPanel(thread, true, messages::myAttachment),
                new ReplyBox(new ReplyBox.Actions() {
                    @Override
                    public Optional<Draft> draft() {
                        return messages.myDraft(threadId);
                    }

                    @Override
                    public Instant saveDraft(String body) {
                        return messages.saveMyDraft(threadId, body);
                    }

                    @Override
                    public void send(String body, List<NewAttachment> files) {
                        messages.replyAsResident(threadId, body, files);
                    }
                }, messages.attachmentMaxBytes(), this::show));
    }

    @Override
    public String getPageTitle() {
        return subject + " – " + getTranslation("messages.title") + " – " + getTranslation("app.name");
    }
}
