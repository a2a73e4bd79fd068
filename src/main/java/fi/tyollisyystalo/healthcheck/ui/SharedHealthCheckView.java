package fi.tyollisyystalo.healthcheck.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.healthcheck.HealthCheckNotFoundException;
import fi.tyollisyystalo.healthcheck.HealthCheckRecommendations;
import fi.tyollisyystalo.healthcheck.HealthCheckSharing;
import fi.tyollisyystalo.healthcheck.SubmittedCheck;

/** A shared result as the team sees it, answers included; opened only with a valid consent, and audited. */
@Route(value = HealthCheckPages.SHARED + "/:checkId([0-9]+)", layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class SharedHealthCheckView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final HealthCheckSharing service;
    private final HealthCheckRecommendations recommender;

    SharedHealthCheckView(HealthCheckSharing service, HealthCheckRecommendations recommender) {
        this.service = service;
        this.recommender = recommender;
        addClassName("tt-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "checkId");
        SubmittedCheck check;
        try {
            check = service.sharedResult(id);
        } catch (HealthCheckNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Anchor back = new Anchor(Pages.href(SharedHealthChecksView.class), getTranslation("hc.shared.back"));
        back.addClassName("tt-back");
        add(back, new H1(getTranslation("hc.shared.result.title", service.clientName(check))),
                new Paragraph(getTranslation("hc.result.when", Formats.dateTime(check.submittedAt(), getLocale()))),
                new Paragraph(getTranslation("hc.shared.logged")));
        add(new ResultPanel(check, recommender.recommendations(check.result(), getLocale()), true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hc.shared.title") + " – " + getTranslation("app.name");
    }
}
