package fi.tyollisyystalo.referral.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.referral.ContactDraft;
import fi.tyollisyystalo.referral.ContactForms;
import fi.tyollisyystalo.referral.ReferralPages;

/** Takes the resident to the page of their contact form they last answered, or starts the form. */
@Route(value = ReferralPages.CONTACT_FORM + "/continue", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class ContactContinueView extends Div implements BeforeEnterObserver {

    private final ContactForms forms;

    ContactContinueView(ContactForms forms) {
        this.forms = forms;
        add(new H1(getTranslation("contactform.start.title")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ContactDraft draft = forms.startOrResume();
        event.forwardTo(ReferralPages.step(draft.id(), draft.lastStep()));
    }
}
