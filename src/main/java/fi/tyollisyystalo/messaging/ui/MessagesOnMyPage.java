package fi.tyollisyystalo.messaging.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import fi.tyollisyystalo.base.ui.MyPageSection;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.messaging.SecureMessages;

/** My page's messages section: how many threads have something unread, and the way to the messages. */
@org.springframework.stereotype.Component
class MessagesOnMyPage implements MyPageSection {

    private final SecureMessages messages;

    MessagesOnMyPage(SecureMessages messages) {
        this.messages = messages;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String key() {
        return "messages";
    }

    @Override
    public Component build() {
        UI ui = UI.getCurrent();
        Section s = new Section(new H2(ui.getTranslation("mypage.messages.heading")));
        s.setId("mypage-messages");
        s.addClassName("tt-mypage__section");
        long unread = messages.myUnreadCount();
        Paragraph state = new Paragraph(unread == 0 ? ui.getTranslation("messages.mypage.none-unread")
                : ui.getTranslation("messages.mypage.unread", unread));
        s.add(state, new Paragraph(new Anchor(Pages.href(MessagesView.class), ui.getTranslation("messages.mypage.open"))));
        return s;
    }
}
