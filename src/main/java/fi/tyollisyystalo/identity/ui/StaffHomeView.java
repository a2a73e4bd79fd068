package fi.tyollisyystalo.identity.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.ui.HomeCard;
import fi.tyollisyystalo.base.ui.HomeCardList;
import fi.tyollisyystalo.base.ui.NavEntry;
import fi.tyollisyystalo.base.ui.SitePages;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.base.security.Roles;

/** The staff member's desk: who they are signed in as, and what their roles let them do here. */
@Route(value = SitePages.STAFF_DESK, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR, Roles.SERVICE_EDITOR,
        Roles.MANAGER, Roles.ADMIN, Roles.PROFESSIONAL})
class StaffHomeView extends Div implements HasDynamicTitle {

    StaffHomeView(CurrentUser currentUser, List<HomeCard> cards, AuthenticationContext auth) {
        addClassName("tt-page");
        var user = currentUser.get().orElseThrow();
        add(new H1(getTranslation("staff.home.title", user.displayName())));
        add(new Paragraph(getTranslation("staff.home.lead")));
        // the features' cards for staff, when any feature contributes one
        HomeCardList contributed = new HomeCardList(NavEntry.Area.STAFF, cards, auth);
        if (contributed.hasCards()) {
            add(contributed);
        }
        add(new H2(getTranslation("staff.home.roles")));
        UnorderedList roles = new UnorderedList();
        user.roles().stream().filter(Roles.STAFF_ROLES::contains).forEach(r -> roles.add(
                new ListItem(getTranslation("role." + r) + ": " + getTranslation("staff.home.role." + r))));
        add(roles);
        add(new Paragraph(getTranslation("staff.home.privacy")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " – " + getTranslation("app.name");
    }
}
