package fi.tyollisyystalo.servicemap.internal.ptv;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.servicemap.ServiceData;

/**
 * Changes from PTV to published services, held for an editor's review: the import offers them, the
 * editor sees them and accepts (takes) or rejects (drops) them. Callers hold the transaction.
 */
@Component
public class PtvReview {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final PtvPendingRepository pending;

    PtvReview(PtvPendingRepository pending) {
        this.pending = pending;
    }

    /** What PTV would change a published service into, and the provider it names. */
    public record PendingChange(long serviceId, long organisationId, ServiceData data, Instant receivedAt) {
    }

    /** Keeps the change for review; a change already waiting for the service is replaced. */
    void offer(long serviceId, String ptvId, long organisationId, ServiceData data, Instant now) {
        PtvPendingEntity row = pending.findById(serviceId).orElseGet(() -> new PtvPendingEntity(serviceId, ptvId));
        row.offer(organisationId, JSON.writeValueAsString(data), now);
        pending.save(row);
    }

    public Optional<PendingChange> pending(long serviceId) {
        return pending.findById(serviceId).map(PtvReview::change);
    }

    /** The services among these that have a change waiting. */
    public Set<Long> pendingAmong(Collection<Long> serviceIds) {
        return serviceIds.isEmpty() ? Set.of() : new HashSet<>(pending.findServiceIdsIn(serviceIds));
    }

    /** Removes the waiting change and returns it (accept and reject both end the wait). */
    public Optional<PendingChange> take(long serviceId) {
        Optional<PtvPendingEntity> row = pending.findById(serviceId);
        row.ifPresent(pending::delete);
        return row.map(PtvReview::change);
    }

    private static PendingChange change(PtvPendingEntity e) {
        return new PendingChange(e.serviceId(), e.organisationId(), JSON.readValue(e.snapshot(), ServiceData.class),
                e.receivedAt());
    }
}
