package fi.tyollisyystalo.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.Roles;

/** The resident's own page. */
@Route(value = "my-page", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class MyPageView extends Div implements HasDynamicTitle {

    MyPageView(CurrentUser currentUser) {
        addClassName("tt-page");
        var user = currentUser.get().orElseThrow();
        add(new H1(getTranslation("mypage.title")));
        add(new Paragraph(getTranslation("mypage.greeting", user.displayName())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mypage.title") + " – " + getTranslation("app.name");
    }
}
