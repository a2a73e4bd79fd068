package fi.tyollisyystalo.casework;

/**
 * A goal (also a work-career goal), an action towards one, or a comprehensive work-ability assessment: an action
 * whose result and the decision made on it are recorded.
 */
public enum ItemKind {
    GOAL, ACTION, ASSESSMENT;

    /** Actions and assessments: they have a responsible party, a goal they serve, and can be done. */
    public boolean isAction() {
        return this != GOAL;
    }
}
