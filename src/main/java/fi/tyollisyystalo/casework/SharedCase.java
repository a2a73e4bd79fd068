package fi.tyollisyystalo.casework;

import java.time.LocalDate;

/**
 * A client whose plan is open to a partner professional: the client's own consent for the professional's
 * organisation is in force. {@code organisation} is the network entry that names the professional.
 */
public record SharedCase(long caseId, String clientName, String organisation, NetworkCategory category,
        LocalDate openedOn, String responsibleName) {
}
