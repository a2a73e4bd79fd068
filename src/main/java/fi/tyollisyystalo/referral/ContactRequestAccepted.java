package fi.tyollisyystalo.referral;

import java.time.Instant;

/** A contact request was taken into the coordinator service; the case feature opens the client's case from it. */
public record ContactRequestAccepted(long requestId, long personId, String acceptedBy, Instant at) {
}
