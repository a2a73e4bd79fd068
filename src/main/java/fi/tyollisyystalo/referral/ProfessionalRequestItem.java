package fi.tyollisyystalo.referral;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A referral or consultation as the team lists it.
 *
 * @param source      the kind of organisation it came from; {@code organisation} is its name as typed
 * @param contactMade for a referral: the resident has since contacted the team themself
 * @param identified  the client is named (a referral, or a consultation with the client's consent)
 */
public record ProfessionalRequestItem(long id, ProfessionalRequestKind kind, SourceOrganisation source,
        String organisation, String body, boolean byPhone, String createdByName, Instant createdAt, Instant dueAt,
        boolean overdue, boolean identified, boolean contactMade, @Nullable String answer,
        @Nullable String answeredByName) {
}
