package fi.tyollisyystalo.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.notification.internal.DevMailServer;

/**
 * The development mailbox: the mails the in-process mail server received, so that someone trying the
 * portal sees the notices it sends. Exists only while the development mail server runs (never in
 * production, where this address is the ordinary "page not found").
 */
@Route(value = "dev/mailbox", layout = ResidentLayout.class)
@AnonymousAllowed
class DevMailboxView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final Div mails = new Div();

    DevMailboxView() {
        addClassName("tt-page");
        Paragraph lead = new Paragraph(getTranslation("devmail.lead"));
        lead.addClassName("tt-lead");
        Button refresh = new Button(getTranslation("devmail.refresh"), e -> show());
        refresh.setId("devmail-refresh");
        mails.setId("devmail-list");
        add(new H1(getTranslation("devmail.title")), lead, refresh, mails);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!DevMailServer.running()) {
            throw new NotFoundException();
        }
        show();
    }

    private void show() {
        mails.removeAll();
        var received = DevMailServer.received();
        if (received.isEmpty()) {
            mails.add(new Paragraph(getTranslation("devmail.empty")));
            return;
        }
        for (var mail : received) {
            Article article = new Article();
            article.addClassName("tt-card");
            Pre body = new Pre(mail.body());
            body.getStyle().set("white-space", "pre-wrap");
            article.add(new H2(mail.subject()),
                    new Paragraph(getTranslation("devmail.to", mail.to(), Formats.dateTime(mail.receivedAt(), getLocale()))),
                    body);
            mails.add(article);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devmail.title") + " – " + getTranslation("app.name");
    }
}
