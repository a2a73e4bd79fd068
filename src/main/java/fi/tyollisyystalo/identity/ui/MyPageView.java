package fi.tyollisyystalo.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.identity.IdentityPages;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.MyPageSection;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.identity.ConsentSubjects;
import fi.tyollisyystalo.identity.Consents;
import fi.tyollisyystalo.identity.MyProfile;
import fi.tyollisyystalo.identity.PersonService;

/**
 * The resident's own page: profile and contact details, consents, who has seen my data, and the places where
 * health checks, contacts, messages, appointments and the plan will appear.
 */
@Route(value = IdentityPages.MY_PAGE, layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class MyPageView extends Div implements HasDynamicTitle {

    private static final String[] UPCOMING = {"healthchecks", "referrals", "messages", "appointments", "plan"};

    MyPageView(PersonService persons, java.util.List<MyPageSection> contributed, Consents consents,
            java.util.List<ConsentSubjects> consentSubjects) {
        addClassNames("tt-page", "tt-mypage");
        MyProfile profile = persons.myProfile();
        add(new H1(getTranslation("mypage.title")));
        Paragraph greeting = new Paragraph(getTranslation("mypage.greeting", profile.givenName()));
        greeting.addClassName("tt-lead");
        add(greeting);
        add(new ProfileForm(persons, profile));
        java.util.Set<String> provided = new java.util.HashSet<>();
        contributed.stream().sorted(java.util.Comparator.comparingInt(MyPageSection::order)).forEach(c -> {
            provided.add(c.key());
            add(c.build());
        });
        for (String section : UPCOMING) {
            if (provided.contains(section)) {
                continue;
            }
            Section s = new Section(new H2(getTranslation("mypage." + section + ".heading")),
                    new Paragraph(getTranslation("mypage." + section + ".empty")));
            s.addClassName("tt-mypage__section");
            add(s);
        }
        add(new ConsentCentre(consents, consentSubjects));
        add(new WhoHasSeenMyData(persons));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mypage.title") + " – " + getTranslation("app.name");
    }
}
