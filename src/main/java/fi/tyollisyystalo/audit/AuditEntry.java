package fi.tyollisyystalo.audit;

import org.jspecify.annotations.Nullable;

/**
 * One processing of client data to be logged. Written as a sentence:
 * {@code AuditEntry.by(actor).reads(PERSON_PROFILE, id).of(personId).because(Purpose.CONTACT)}.
 *
 * @param subjectPersonId whose data it was (null when no single person's data was involved)
 * @param objectType      what kind of data, e.g. PERSON_PROFILE, HEALTH_CHECK
 * @param objectId        which object, never a personal identity code
 * @param purpose         why it was needed; residents acting on their own data give {@link Purpose#OWN_DATA}
 */
public record AuditEntry(Actor actor, @Nullable Long subjectPersonId, String objectType, @Nullable String objectId,
        AuditAction action, Purpose purpose) {

    /** Starts an entry: who acted. */
    public static Doer by(Actor actor) {
        return new Doer(actor);
    }

    /** Who acted; the verb says what they did with which object. */
    public record Doer(Actor actor) {

        public Draft reads(String objectType, long objectId) {
            return did(AuditAction.READ, objectType, String.valueOf(objectId));
        }

        /** Looked for or listed objects of a kind, e.g. a person by identity code or a worklist. */
        public Draft searches(String objectType) {
            return did(AuditAction.SEARCH, objectType, null);
        }

        public Draft creates(String objectType, long objectId) {
            return did(AuditAction.CREATE, objectType, String.valueOf(objectId));
        }

        public Draft updates(String objectType, long objectId) {
            return did(AuditAction.UPDATE, objectType, String.valueOf(objectId));
        }

        /** Any action; {@code objectId} null when the action was on a kind rather than one object. */
        public Draft did(AuditAction action, String objectType, @Nullable String objectId) {
            return new Draft(actor, null, objectType, objectId, action);
        }
    }

    /** An entry that still needs its purpose; {@link #of(long)} names whose data it was. */
    public record Draft(Actor actor, @Nullable Long subjectPersonId, String objectType, @Nullable String objectId,
            AuditAction action) {

        /** Whose data it was. */
        public Draft of(long personId) {
            return new Draft(actor, personId, objectType, objectId, action);
        }

        public AuditEntry because(Purpose purpose) {
            return new AuditEntry(actor, subjectPersonId, objectType, objectId, action, purpose);
        }
    }
}
