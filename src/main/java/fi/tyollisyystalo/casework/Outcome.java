package fi.tyollisyystalo.casework;

/**
 * How a case ended, in the client's terms (also recordable at an interim evaluation while the service goes on):
 * got a job or study place; copes independently; moved to the multi-sector joint service (TYP); a
 * rehabilitation or pension path with its decision; moved away; other.
 */
public enum Outcome {
    JOB_OR_STUDY, COPES_INDEPENDENTLY, TYP, REHABILITATION_OR_PENSION, MOVED_AWAY, OTHER
}
