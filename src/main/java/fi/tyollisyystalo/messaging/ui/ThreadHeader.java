package fi.tyollisyystalo.messaging.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The top of a thread page for either side: the way back, the subject as the heading, whose turn it is. */
final class ThreadHeader {

    private ThreadHeader() {
    }

    static Component[] of(String backHref, String backText, String subject, String stateText) {
        Anchor back = new Anchor(backHref, backText);
        back.addClassName("tt-back");
        H1 title = new H1(subject);
        title.getElement().setAttribute("dir", "auto");
        Paragraph state = new Paragraph(stateText);
        state.setId("thread-state");
        state.addClassName("tt-lead");
        return new Component[] {back, title, state};
    }
}
