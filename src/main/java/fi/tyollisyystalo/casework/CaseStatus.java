package fi.tyollisyystalo.casework;

/** OPEN: the service goes on; PAUSED: on hold (no evaluations come due); CLOSED: ended with an outcome. */
public enum CaseStatus {
    OPEN, PAUSED, CLOSED
}
