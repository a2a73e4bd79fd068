package fi.tyollisyystalo.referral.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.ui.MyPageSection;
import fi.tyollisyystalo.referral.ContactRequestService;
import fi.tyollisyystalo.referral.MyContactRequest;

/** My page's contacts section: each request the resident sent, and by when the team answers it. */
@org.springframework.stereotype.Component
class ContactRequestsOnMyPage implements MyPageSection {

    private final ContactRequestService service;

    ContactRequestsOnMyPage(ContactRequestService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String key() {
        return "referrals";
    }

    @Override
    public Component build() {
        UI ui = UI.getCurrent();
        var locale = ui.getLocale();
        Section s = new Section(new H2(ui.getTranslation("mypage.referrals.heading")));
        s.setId("mypage-referrals");
        s.addClassName("tt-mypage__section");
        List<MyContactRequest> mine = service.myRequests();
        if (mine.isEmpty()) {
            s.add(new Paragraph(ui.getTranslation("mypage.referrals.empty")));
            return s;
        }
        UnorderedList list = new UnorderedList();
        for (MyContactRequest r : mine) {
            // while the team owes an answer: by when; after that, where the request stands
            list.add(new ListItem(r.status().teamsTurn() ? ui.getTranslation("referral.mypage.item",
                    ui.getTranslation("contactrequests.source." + r.source()),
                    Formats.dateTime(r.receivedAt(), locale), Formats.dateTime(r.dueAt(), locale))
                    : ui.getTranslation("referral.mypage.status." + r.status().name(),
                            ui.getTranslation("contactrequests.source." + r.source()),
                            Formats.dateTime(r.receivedAt(), locale))));
        }
        s.add(list);
        return s;
    }
}
