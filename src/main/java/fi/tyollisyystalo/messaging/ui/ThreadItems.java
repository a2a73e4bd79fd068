package fi.tyollisyystalo.messaging.ui;

import java.util.Locale;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.messaging.ThreadState;
import fi.tyollisyystalo.messaging.ThreadSummary;

/** One thread in a list: its subject as the link, whose turn it is, unread, and the latest activity. */
final class ThreadItems {

    private ThreadItems() {
    }

    /**
     * @param clientName shown in the team's inbox; null in the resident's own list
     * @param t          translation with arguments
     */
    static ListItem item(ThreadSummary thread, String href, @Nullable String clientName,
            BiFunction<String, Object[], String> t, Locale locale) {
        ListItem item = new ListItem();
        item.addClassName("tt-thread");
        item.getElement().setAttribute("data-thread", String.valueOf(thread.id()));
        Anchor link = new Anchor("/" + href, thread.subject());
        link.addClassName("tt-thread__subject");
        link.getElement().setAttribute("dir", "auto");
        Paragraph title = new Paragraph(link);
        title.addClassName("tt-thread__title");
        item.add(title);
        Paragraph facts = new Paragraph();
        facts.addClassName("tt-thread__facts");
        if (clientName != null) {
            Span client = new Span(clientName);
            client.addClassName("tt-thread__client");
            facts.add(client, new Span(" · "));
        }
        String stateKey = thread.state() == ThreadState.WAITING_FOR_RESIDENT
                ? (clientName == null ? "messages.state.you" : "messages.state.resident")
                : "messages.state.team";
        Span state = new Span(t.apply(stateKey, new Object[0]));
        state.addClassNames("tt-badge", "tt-thread__state", thread.state() == ThreadState.WAITING_FOR_TEAM
                && clientName != null || thread.state() == ThreadState.WAITING_FOR_RESIDENT && clientName == null
                ? "tt-badge--turn" : "tt-badge--wait");
        facts.add(state);
        if (thread.unread()) {
            Span unread = new Span(t.apply("messages.unread", new Object[0]));
            unread.addClassNames("tt-badge", "tt-badge--new", "tt-thread__unread");
            facts.add(new Span(" "), unread);
        }
        facts.add(new Span(" · " + t.apply("messages.latest", new Object[] {Formats.dateTime(thread.lastMessageAt(),
                locale)})));
        item.add(facts);
        return item;
    }
}
