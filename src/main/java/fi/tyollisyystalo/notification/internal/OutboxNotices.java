package fi.tyollisyystalo.notification.internal;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.SignedIn;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.identity.NoticeAddress;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.notification.NoticeKind;
import fi.tyollisyystalo.notification.Notices;

/** Writes notices into the outbox inside the caller's transaction; {@link OutboxSender} sends them. */
@Service
class OutboxNotices implements Notices {

    private final OutboxRepository outbox;
    private final PersonService persons;
    private final Clock clock;

    OutboxNotices(OutboxRepository outbox, PersonService persons, Clock clock) {
        this.outbox = outbox;
        this.persons = persons;
        this.clock = clock;
    }

    /** Any signed-in feature may queue a notice: it reveals nothing to the caller but a count. */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    @SignedIn
    public int notify(long personId, NoticeKind kind, @Nullable Instant about) {
        // the address is looked up by the service itself: the caller never sees it
        NoticeAddress address = SystemActor.call(() -> persons.noticeAddress(personId)).orElse(null);
        if (address == null) {
            return 0;
        }
        int queued = 0;
        if (address.email() != null) {
            outbox.save(OutboxNotice.pending(personId, kind, Channel.EMAIL, about, clock.instant()));
            queued++;
        }
        if (address.phone() != null) {
            outbox.save(OutboxNotice.pending(personId, kind, Channel.SMS, about, clock.instant()));
            queued++;
        }
        return queued;
    }
}
