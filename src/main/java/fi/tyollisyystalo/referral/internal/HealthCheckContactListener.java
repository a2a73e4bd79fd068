package fi.tyollisyystalo.referral.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.healthcheck.HealthCheckCompleted;
import fi.tyollisyystalo.referral.ContactRequestService;

/**
 * A resident who asked in the health check to be contacted lands on the team's worklist. Runs after the
 * health check's transaction has committed, asynchronously, from Spring Modulith's event publication
 * log: a crash before it completes leaves the publication incomplete, and it is delivered again after
 * restart (the service opens one request per health check however often it is delivered).
 */
@Component
class HealthCheckContactListener {

    private final ContactRequestService requests;

    HealthCheckContactListener(ContactRequestService requests) {
        this.requests = requests;
    }

    @ApplicationModuleListener
    void on(HealthCheckCompleted event) {
        if (event.contactWished()) {
            SystemActor.run(() -> requests.openFromHealthCheck(event.healthCheckId(), event.personId()));
        }
    }
}
