package fi.tyollisyystalo.audit;

/** What was done to client data. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT, SEARCH
}
