package fi.tyollisyystalo.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An organisation in the client's network. Staff see the category and the contact's role always, and what the
 * entry says (the organisation's name, the contact person, the partner professional's name) only while the
 * client's consent for this organisation is in force ({@code consented}); otherwise those are null. The client
 * sees all of their own entries.
 */
public record NetworkMember(long id, long caseId, NetworkCategory category, ContactRole role, boolean consented,
        @Nullable String organisation, @Nullable String contactName, @Nullable String contactInfo,
        @Nullable String partnerName, Instant addedAt, String addedBy) {

    public boolean detailsShown() {
        return organisation != null;
    }
}
