package fi.tyollisyystalo.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import fi.tyollisyystalo.identity.CurrentUser;

/**
 * Where a login without a page to return to lands: a resident on My page, staff at their desk. A
 * login that started from a protected page returns to that page instead (Spring's saved request).
 */
@Route(SignedInView.PATH)
@PermitAll
class SignedInView extends Div implements BeforeEnterObserver {

    static final String PATH = "signed-in";

    private final CurrentUser currentUser;

    SignedInView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentUser.isStaff() ? StaffHomeView.class : MyPageView.class);
    }
}
