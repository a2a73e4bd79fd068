package fi.tyollisyystalo.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.identity.ConsentKind;
import fi.tyollisyystalo.identity.ConsentRecord;
import fi.tyollisyystalo.identity.ConsentScope;

/** Consents in the database; callers in this module check access and audit. */
@Component
public class ConsentStore {

    private final ConsentRepository consents;

    ConsentStore(ConsentRepository consents) {
        this.consents = consents;
    }

    public Optional<ConsentRecord> inForce(long personId, ConsentKind kind, @Nullable Long subjectId) {
        return consents.inForce(personId, kind, subjectId).stream().findFirst().map(ConsentEntity::record);
    }

    public Optional<ConsentRecord> inForceForSubject(ConsentKind kind, long subjectId) {
        return consents.inForceForSubject(kind, subjectId).stream().findFirst().map(ConsentEntity::record);
    }

    public Set<Long> subjectsInForce(ConsentKind kind) {
        return Set.copyOf(consents.subjectsInForce(kind));
    }

    public Set<Long> subjectsInForceAmong(ConsentKind kind, java.util.Collection<Long> subjects) {
        return subjects.isEmpty() ? Set.of() : Set.copyOf(consents.subjectsInForceAmong(kind, subjects));
    }

    /** The consent in force, or a new one by {@code textVersion}: giving twice keeps the first. */
    public ConsentRecord give(long personId, ConsentKind kind, @Nullable Long subjectId, String textVersion,
            ConsentScope scope, Instant now) {
        return inForce(personId, kind, subjectId).orElseGet(() -> consents.saveAndFlush(
                new ConsentEntity(personId, kind, subjectId, textVersion, scope, now)).record());
    }

    /** Withdraws every consent in force of this kind and subject; returns how many. */
    public int withdraw(long personId, ConsentKind kind, @Nullable Long subjectId, Instant now) {
        List<ConsentEntity> inForce = consents.inForce(personId, kind, subjectId);
        inForce.forEach(c -> c.withdraw(now));
        return inForce.size();
    }

    /** Withdraws one consent of the person's; empty when it is not theirs (or does not exist). */
    public Optional<ConsentRecord> withdraw(long personId, long consentId, Instant now) {
        return consents.findByIdAndPersonId(consentId, personId).map(c -> {
            c.withdraw(now);
            return c.record();
        });
    }

    public List<ConsentRecord> allOf(long personId) {
        return consents.allOf(personId).stream().map(ConsentEntity::record).collect(Collectors.toList());
    }
}
