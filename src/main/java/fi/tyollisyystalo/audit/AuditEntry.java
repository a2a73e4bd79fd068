package fi.tyollisyystalo.audit;

import org.jspecify.annotations.Nullable;

/**
 * One processing of client data to be logged.
 *
 * @param subjectPersonId whose data it was (null when no single person's data was involved)
 * @param objectType      what kind of data, e.g. PERSON_PROFILE, HEALTH_CHECK
 * @param objectId        which object, never a personal identity code
 * @param purpose         why a staff member needed it; residents acting on their own data give OWN_DATA
 */
public record AuditEntry(Actor actor, @Nullable Long subjectPersonId, String objectType, @Nullable String objectId,
        AuditAction action, String purpose) {
}
