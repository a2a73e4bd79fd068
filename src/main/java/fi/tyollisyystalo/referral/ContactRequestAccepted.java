package fi.tyollisyystalo.referral;

import java.time.Instant;

/**
 * A contact request was taken into the coordinator service; the case feature opens the client's case from it,
 * with the staff member who accepted it ({@code acceptedBy} their subject, {@code acceptedByName} their name) as
 * the responsible worker.
 */
public record ContactRequestAccepted(long requestId, long personId, String acceptedBy, String acceptedByName,
        Instant at) {
}
