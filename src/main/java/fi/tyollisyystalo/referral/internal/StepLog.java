package fi.tyollisyystalo.referral.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.audit.Actor;
import fi.tyollisyystalo.referral.ContactRequestStepTaken;
import fi.tyollisyystalo.referral.RequestStep;

/**
 * Writes a step of a contact request to its history and publishes it ({@link ContactRequestStepTaken}) in
 * the caller's transaction, through the event publication log, for the statistics.
 */
@Component
public class StepLog {

    private final ContactRequestStepRepository steps;
    private final ApplicationEventPublisher events;

    StepLog(ContactRequestStepRepository steps, ApplicationEventPublisher events) {
        this.steps = steps;
        this.events = events;
    }

    public void record(ContactRequestEntity request, RequestStep step, Actor actor, Instant at, @Nullable String note) {
        steps.save(new ContactRequestStepEntity(request.id(), step, actor.id(),
                actor.type() == Actor.Type.STAFF ? actor.name() : null, at, note));
        events.publishEvent(new ContactRequestStepTaken(request.id(), request.personId(), step, request.source(), at));
    }
}
