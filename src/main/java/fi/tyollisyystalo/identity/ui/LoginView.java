package fi.tyollisyystalo.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.SitePages;
import fi.tyollisyystalo.identity.CurrentUser;

/**
 * Where log-in starts: residents identify themselves strongly (Suomi.fi), staff use their
 * organisation's login. A failed or cancelled login comes back here with a message.
 */
@Route(value = SitePages.LOGIN, layout = ResidentLayout.class)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final Paragraph error = new Paragraph();

    LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassNames("tt-page", "tt-login");
        error.addClassName("tt-alert");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        Section resident = new Section(new H2(getTranslation("login.resident.heading")),
                new Paragraph(getTranslation("login.resident.text")),
                button("/oauth2/authorization/suomifi", "login.resident.button", "login-resident", true),
                new Paragraph(getTranslation("login.resident.privacy")));
        resident.addClassName("tt-login__resident");
        Section staff = new Section(new H2(getTranslation("login.staff.heading")),
                new Paragraph(getTranslation("login.staff.text")),
                button("/oauth2/authorization/staff", "login.staff.button", "login-staff", false));
        staff.addClassName("tt-login__staff");
        add(new H1(getTranslation("login.title")), error, resident, staff);
    }

    private Anchor button(String href, String key, String id, boolean primary) {
        Anchor a = new Anchor(href, getTranslation(key));
        a.getElement().setAttribute("router-ignore", true);
        a.setId(id);
        a.addClassNames("tt-button", primary ? "tt-button--primary" : "tt-button--secondary");
        return a;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo(currentUser.isStaff() ? StaffHomeView.class : MyPageView.class);
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("expired")) {
            error.setText(getTranslation("login.expired"));
            error.setVisible(true);
        } else {
            error.setText(getTranslation("login.failed"));
            error.setVisible(params.containsKey("error"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
