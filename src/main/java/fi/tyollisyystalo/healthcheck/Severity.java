package fi.tyollisyystalo.healthcheck;

/** How much a flag matters; the result lists the most severe first. */
public enum Severity {
    HIGH, ATTENTION, INFO
}
