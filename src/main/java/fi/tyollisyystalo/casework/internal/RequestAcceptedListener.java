package fi.tyollisyystalo.casework.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.referral.ContactRequestAccepted;

/**
 * An accepted contact request opens the client's case, after the acceptance has committed, from Spring
 * Modulith's event publication log: a crash before it completes delivers it again after restart, and the case
 * opens once per request however often it comes.
 */
@Component
class RequestAcceptedListener {

    private final Cases cases;

    RequestAcceptedListener(Cases cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(ContactRequestAccepted event) {
        SystemActor.run(() -> cases.openFromRequest(event.requestId(), event.personId(), event.acceptedBy(),
                event.acceptedByName()));
    }
}
