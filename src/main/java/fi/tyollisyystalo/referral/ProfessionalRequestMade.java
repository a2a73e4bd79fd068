package fi.tyollisyystalo.referral;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A professional referred a resident to the team or asked it for a consultation (for the statistics: referrals
 * and consultations by source organisation). {@code personId} is the resident a referral names, or a consultation
 * with the client's consent; null for an anonymous consultation. {@code teamCode} is the team it was made to, or
 * recorded by (null: not known).
 */
public record ProfessionalRequestMade(long requestId, ProfessionalRequestKind kind, SourceOrganisation source,
        boolean byPhone, @Nullable Long personId, @Nullable String teamCode, Instant at) {
}
