package fi.tyollisyystalo.referral.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.messaging.ResidentWrote;
import fi.tyollisyystalo.referral.ContactRequestService;

/**
 * A resident who writes to the team answers the request that waits for them: the team's turn again, with a
 * new answer target. After the message's transaction has committed, from the event publication log.
 */
@Component
class ResidentAnswerListener {

    private final ContactRequestService requests;

    ResidentAnswerListener(ContactRequestService requests) {
        this.requests = requests;
    }

    @ApplicationModuleListener
    void on(ResidentWrote event) {
        SystemActor.run(() -> requests.residentAnswered(event.personId()));
    }
}
