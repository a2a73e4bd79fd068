package fi.tyollisyystalo.messaging.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.messaging.MessageLimits;
import fi.tyollisyystalo.messaging.MessageRejected;
import fi.tyollisyystalo.messaging.MessagesPages;
import fi.tyollisyystalo.messaging.SecureMessages;
import fi.tyollisyystalo.messaging.ThreadSummary;

/**
 * The resident's secure messages: their threads, newest activity first, each saying whose turn it is and
 * whether there is something unread, and the form for a new message to the team.
 */
@Route(value = MessagesPages.MINE, layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class MessagesView extends Div implements HasDynamicTitle {

    private final SecureMessages messages;
    private final TextField subject = new TextField();
    private final BodyField body = new BodyField("new-message-body", "messages.new.body");

    MessagesView(SecureMessages messages) {
        this.messages = messages;
        addClassNames("tt-page", "tt-messages");
        add(new H1(getTranslation("messages.title")), new Paragraph(getTranslation("messages.lead")));
        add(threads(messages.myThreads()), newMessageForm());
    }

    private Section threads(List<ThreadSummary> mine) {
        Section s = new Section(new H2(getTranslation("messages.threads.heading")));
        s.setId("my-threads");
        if (mine.isEmpty()) {
            s.add(new Paragraph(getTranslation("messages.threads.empty")));
            return s;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("tt-thread-list");
        for (ThreadSummary t : mine) {
            list.add(ThreadItems.item(t, MessagesPages.mine(t.id()), null, (key, args) -> getTranslation(key, args),
                    getLocale()));
        }
        s.add(list);
        return s;
    }

    private Section newMessageForm() {
        Section s = new Section(new H2(getTranslation("messages.new.heading")),
                new Paragraph(getTranslation("messages.new.lead")));
        s.setId("new-message");
        s.addClassName("tt-form");
        subject.setId("new-message-subject");
        subject.setManualValidation(true);
        subject.setLabel(getTranslation("messages.new.subject"));
        subject.setHelperText(getTranslation("messages.new.subject.help", MessageLimits.SUBJECT_MAX));
        subject.setWidthFull();
        subject.getElement().setAttribute("dir", "auto");
        Paragraph urgent = new Paragraph(getTranslation("messages.urgent"));
        urgent.addClassName("tt-hint");
        Button send = new Button(getTranslation("messages.new.send"), e -> send());
        send.setId("new-message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        s.add(subject, body, urgent, send);
        return s;
    }

    private void send() {
        subject.setInvalid(false);
        if (!body.count()) {
            body.focus();
            return;
        }
        try {
            long id = messages.startByResident(subject.getValue(), body.getValue());
            getUI().ifPresent(ui -> ui.navigate(MessagesPages.mine(id)));
        } catch (MessageRejected e) {
            if (e.field() == MessageRejected.Field.SUBJECT) {
                subject.setErrorMessage(getTranslation(e.messageKey(), MessageLimits.SUBJECT_MAX));
                subject.setInvalid(true);
                subject.focus();
            } else {
                body.showError(getTranslation(e.messageKey()));
                body.focus();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title") + " – " + getTranslation("app.name");
    }
}
