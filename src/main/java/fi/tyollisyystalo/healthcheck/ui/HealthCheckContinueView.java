package fi.tyollisyystalo.healthcheck.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.healthcheck.DraftCheck;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;

/**
 * Where the start button leads (through login when needed): opens the resident's unfinished check at
 * the page they were on, on any device, or starts a new one.
 */
@Route(value = HealthCheckPages.CONTINUE, layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class HealthCheckContinueView extends Div implements BeforeEnterObserver {

    private final ResidentHealthChecks service;

    HealthCheckContinueView(ResidentHealthChecks service) {
        this.service = service;
        add(new H1(getTranslation("hc.start.title")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DraftCheck draft = service.startOrResume();
        String current = draft.currentSection();
        if ("check".equals(current)) {
            event.forwardTo(HealthCheckRoutes.check(draft.id()));
        } else if (current != null && draft.indexOf(current) >= 0) {
            event.forwardTo(HealthCheckRoutes.step(draft.id(), current));
        } else {
            event.forwardTo(HealthCheckRoutes.step(draft.id(), draft.sections().getFirst().id()));
        }
    }
}
