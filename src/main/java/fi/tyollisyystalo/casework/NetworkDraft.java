package fi.tyollisyystalo.casework;

import org.jspecify.annotations.Nullable;

/**
 * An organisation staff add to the client's network: its category and name, the contact person's role, name
 * and how to reach them, and optionally the partner professional's account ({@code staffSubject}) that may read
 * the plan while the client's consent for this organisation is in force.
 */
public record NetworkDraft(NetworkCategory category, String organisation, ContactRole role, String contactName,
        String contactInfo, @Nullable String staffSubject) {
}
