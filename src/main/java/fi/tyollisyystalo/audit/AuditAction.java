package fi.tyollisyystalo.audit;

/** What was done to client data. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT, SEARCH,
    /** Service catalogue: a service made public, taken off the public map, a PTV import run. */
    PUBLISH, UNPUBLISH, IMPORT,
    /** An attempt refused: no consent in force (or no such record); the person was told "not found". */
    DENIED
}
