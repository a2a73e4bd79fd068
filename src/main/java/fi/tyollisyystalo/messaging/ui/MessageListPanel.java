package fi.tyollisyystalo.messaging.ui;

import java.util.function.LongFunction;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.messaging.AttachmentDownload;
import fi.tyollisyystalo.messaging.AttachmentInfo;
import fi.tyollisyystalo.messaging.Message;
import fi.tyollisyystalo.messaging.MessageThread;
import fi.tyollisyystalo.messaging.Side;

/**
 * The messages of a thread, oldest first, each with who wrote it and when, its text exactly as written
 * (as text, never markup; line breaks kept by the style) and its files as download links.
 */
class MessageListPanel extends Div {

    /**
     * @param residentReads whether the resident reads (their own messages say "you") or the team (they
     *                      say the client's name)
     */
    MessageListPanel(MessageThread thread, boolean residentReads, LongFunction<AttachmentDownload> fetch) {
        setId("messages");
        addClassName("tt-msg-list");
        H2 heading = new H2(getTranslation("messages.thread.messages"));
        heading.addClassName("tt-visually-hidden");
        OrderedList list = new OrderedList();
        list.addClassName("tt-msg-list__items");
        for (Message m : thread.messages()) {
            ListItem item = new ListItem();
            item.addClassNames("tt-msg", m.side() == Side.TEAM ? "tt-msg--team" : "tt-msg--resident");
            String who = m.side() == Side.TEAM
                    ? getTranslation("messages.author.team", m.authorName() == null ? "" : m.authorName())
                    : residentReads ? getTranslation("messages.author.you") : thread.clientName();
            Paragraph meta = new Paragraph(new Span(who), new Span(" · "),
                    new Span(Formats.dateTime(m.sentAt(), getLocale())));
            meta.addClassName("tt-msg__meta");
            Paragraph body = MessageBody.of(m.body(), m.side() == Side.TEAM);
            body.addClassName("tt-msg__body");
            body.getElement().setAttribute("dir", "auto");
            item.add(meta, body);
            if (!m.attachments().isEmpty()) {
                UnorderedList files = new UnorderedList();
                files.addClassName("tt-msg__files");
                for (AttachmentInfo a : m.attachments()) {
                    files.add(new ListItem(AttachmentLink.of(a, fetch, AttachmentLink.size(a.sizeBytes(), getLocale(),
                            (key, args) -> getTranslation(key, args)))));
                }
                item.add(files);
            }
            list.add(item);
        }
        add(heading, list);
    }
}
