package fi.tyollisyystalo.casework;

/** A goal (also a work-career goal) or an action towards one. */
public enum ItemKind {
    GOAL, ACTION
}
